// Back and forward between pages: with Alt+Left and Alt+Right, with the mouse's side buttons,
// and through comparisons.

#include "uitest.h"

#include "pagelink.h"

#include <QAction>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestBackForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init()
    {
        m_window = openWindow(m_dir.filePath("user.sqlite"));
        // Three steps, each reached as a person would: Enter on a result, the comparison
        // link on 530's page, then 535's code in the comparison.
        QVERIFY(searchFor(m_window.get(), "530", "530"));
        QTest::keyClick(searchField(m_window.get()), Qt::Key_Return);
        clickLink(detailBrowser(m_window.get()), PageLink::compare("530", "535").toString(QUrl::FullyEncoded));
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        clickLink(compareBrowser(m_window.get()), PageLink::openCode("535").toString(QUrl::FullyEncoded));
        QTRY_COMPARE(*m_window->currentLocation(), PageLocation::entry("535"));
    }
    void cleanup() { m_window.reset(); }

    void altArrowsStepThroughPagesAndComparisons()
    {
        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
        QVERIFY(compareBrowser(m_window.get())->isVisible());
        QTest::keyClick(compareBrowser(m_window.get()), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(*m_window->currentLocation(), PageLocation::entry("530"));
        QVERIFY(detailBrowser(m_window.get())->isVisible());
        QVERIFY(detailBrowser(m_window.get())->toPlainText().startsWith("530"));
        QVERIFY(!part<QAction>(m_window.get(), "backAction")->isEnabled());
        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(compareBrowser(m_window.get()), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(*m_window->currentLocation(), PageLocation::entry("535"));
        QVERIFY(detailBrowser(m_window.get())->toPlainText().startsWith("535"));
        QVERIFY(!part<QAction>(m_window.get(), "forwardAction")->isEnabled());
    }

    void mouseSideButtonsStepToo()
    {
        QTest::mouseClick(detailBrowser(m_window.get())->viewport(), Qt::BackButton);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
        // Anywhere in the window: over the result list as well.
        QTest::mouseClick(resultView(m_window.get())->viewport(), Qt::BackButton);
        QCOMPARE(*m_window->currentLocation(), PageLocation::entry("530"));
        QTest::mouseClick(detailBrowser(m_window.get())->viewport(), Qt::ForwardButton);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
    }

    void theHistoryListRemembersComparisons()
    {
        auto *history = part<QTreeView>(m_window.get(), "historyView");
        QCOMPARE(history->model()->index(0, 0).data().toString(), QString("535"));
        const QString comparison = history->model()->index(1, 0).data().toString();
        QVERIFY(comparison.contains("530") && comparison.contains("535"));
        // Opening a visit from the list goes there.
        part<QAction>(m_window.get(), "showHistoryAction")->trigger();
        QTRY_VERIFY(history->isVisible());
        history->setCurrentIndex(history->model()->index(1, 0));
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
        QVERIFY(compareBrowser(m_window.get())->isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestBackForward)
#include "tst_backforward.moc"
