// Work that waits for a window's first frame (FirstFrame): it runs after the window has been
// painted, once, in the order of its priority, and never for a window that went first.

#include "firstframe.h"

#include <QPointer>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace smtpref;

class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterTheFirstPaint()
    {
        QWidget window;
        window.resize(200, 100);
        int runs = 0;
        bool paintedBefore = false;
        FirstFrame::whenPainted(&window, [&] {
            ++runs;
            paintedBefore = window.isVisible() && QTest::qWaitForWindowExposed(&window, 0);
        });
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // nothing painted while hidden

        window.show();
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintedBefore);

        window.update();
        window.hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1); // later frames do not run it again
    }

    void highPriorityWorkComesBeforeNormalWork()
    {
        QWidget window;
        QStringList order;
        FirstFrame::whenPainted(&window, [&] { order.append(QStringLiteral("normal")); });
        FirstFrame::whenPainted(&window, [&] { order.append(QStringLiteral("high")); }, Qt::HighEventPriority);
        window.show();
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, (QStringList{QStringLiteral("high"), QStringLiteral("normal")}));
    }

    void neverRunsForAWindowThatWentBeforeItsFrame()
    {
        int runs = 0;
        auto window = std::make_unique<QWidget>();
        FirstFrame::whenPainted(window.get(), [&] { ++runs; });
        window->show();
        window.reset(); // gone before the event loop painted it
        QWidget other;
        bool otherPainted = false;
        FirstFrame::whenPainted(&other, [&] { otherPainted = true; });
        other.show();
        QTRY_VERIFY(otherPainted); // frames have come and gone since
        QCOMPARE(runs, 0);
    }
};

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
