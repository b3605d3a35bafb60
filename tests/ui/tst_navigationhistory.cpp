// Back and forward through a session's pages.

#include "navigationhistory.h"

#include <QTest>

using namespace smtpref;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void goesBackAndForward()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.back());
        history.visit(PageLocation::entry("530"));
        history.visit(PageLocation::entry("535"));
        history.visit(PageLocation::comparison("530", "535"));
        QCOMPARE(*history.back(), PageLocation::entry("535"));
        QCOMPARE(*history.back(), PageLocation::entry("530"));
        QVERIFY(!history.canGoBack());
        QCOMPARE(*history.forward(), PageLocation::entry("535"));
        QCOMPARE(*history.current(), PageLocation::entry("535"));
    }

    void visitingAfterGoingBackDropsThePagesAhead()
    {
        NavigationHistory history;
        history.visit(PageLocation::entry("530"));
        history.visit(PageLocation::entry("535"));
        history.back();
        history.visit(PageLocation::entry("211"));
        QVERIFY(!history.canGoForward());
        QCOMPARE(*history.back(), PageLocation::entry("530"));
    }

    void visitingTheCurrentPageAgainIsNoStep()
    {
        NavigationHistory history;
        history.visit(PageLocation::entry("530"));
        history.visit(PageLocation::entry("530"));
        QVERIFY(!history.canGoBack());
    }

    void replacingKeepsTheStep()
    {
        NavigationHistory history;
        history.visit(PageLocation::entry("530"));
        history.visit(PageLocation::comparison("530", QString()));
        history.replaceCurrent(PageLocation::comparison("530", "535"));
        QCOMPARE(*history.current(), PageLocation::comparison("530", "535"));
        QCOMPARE(*history.back(), PageLocation::entry("530"));
    }

    void forgetsTheOldestStepsBeyondCapacity()
    {
        NavigationHistory history;
        for (int i = 0; i < NavigationHistory::capacity + 10; ++i)
            history.visit(PageLocation::entry(QString::number(i)));
        int steps = 0;
        while (history.back())
            ++steps;
        QCOMPARE(steps, NavigationHistory::capacity - 1);
        QCOMPARE(history.current()->codeA, QString::number(10));
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
