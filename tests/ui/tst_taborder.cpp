// Tab and Shift+Tab walk the main window in reading order: the search field, its filters,
// the list, the page; on a comparison, the two code fields, Swap, the comparison.

#include "uitest.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace smtpref;
using namespace smtpref::uitest;

class TestTabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init() { m_window = openWindow(m_dir.filePath("user.sqlite")); }
    void cleanup() { m_window.reset(); }

    void tabWalksSearchFiltersListAndPage()
    {
        searchField(m_window.get())->setFocus();
        const QStringList expected{"familyFilter", "classFilter", "outlineView", "qt_tabwidget_tabbar", "detailBrowser",
                                   "searchField"};
        QCOMPARE(walk(Qt::Key_Tab, int(expected.size())), expected);
        QStringList back = expected.mid(0, expected.size() - 1);
        std::reverse(back.begin(), back.end());
        back.append("searchField");
        QCOMPARE(walk(Qt::Key_Backtab, int(back.size())), back);
    }

    void tabWalksTheComparison()
    {
        QVERIFY(searchFor(m_window.get(), "530", "530"));
        QTest::keyClick(searchField(m_window.get()), Qt::Key_Return);
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier); // compare with ...
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        part<QWidget>(m_window.get(), "comparePickerA")->setFocus();
        QCOMPARE(walk(Qt::Key_Tab, 3), (QStringList{"comparePickerB", "compareSwap", "compareBrowser"}));
    }

private:
    // The object names of the widgets focus goes to, one key at a time.
    QStringList walk(Qt::Key key, int steps)
    {
        QStringList names;
        for (int step = 0; step < steps; ++step) {
            QTest::keyClick(QApplication::focusWidget(), key);
            names.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
        }
        return names;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
