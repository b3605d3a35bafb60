// Copy for the ticket: the page or the comparison on the clipboard as plain text or Markdown.

#include "uitest.h"

#include "comparison.h"
#include "document.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestCopyPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareApplication();
        m_catalogue = openCatalogue();
    }

    void init() { m_window = openWindow(m_dir.filePath("user.sqlite")); }
    void cleanup() { m_window.reset(); }

    void copiesTheCodePage()
    {
        QVERIFY(searchFor(m_window.get(), "530", "530"));
        QTest::keyClick(searchField(m_window.get()), Qt::Key_Return);
        const Document expected = Documents::entry(*m_catalogue->lookup("530", "en"));
        QClipboard *clipboard = QGuiApplication::clipboard();

        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), Documents::toPlainText(expected, 0));
        QVERIFY(clipboard->text().startsWith("530"));

        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), Documents::toMarkdown(expected));
        QVERIFY(clipboard->text().startsWith("## 530"));
    }

    void copiesTheComparison()
    {
        m_window->open(PageLocation::comparison("211", "530"));
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        const Comparison comparison =
            Comparer::compare(*m_catalogue->lookup("211", "en"), *m_catalogue->lookup("530", "en"), *m_catalogue);
        part<QAction>(m_window.get(), "copyMarkdownAction")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), Documents::toMarkdown(Documents::comparison(comparison)));
        part<QAction>(m_window.get(), "copyTextAction")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), Documents::toPlainText(Documents::comparison(comparison), 0));
    }

    void nothingToCopyOnTheStartPage()
    {
        QVERIFY(!part<QAction>(m_window.get(), "copyTextAction")->isEnabled());
        QVERIFY(!part<QAction>(m_window.get(), "printAction")->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCopyPage)
#include "tst_copypage.moc"
