// Copy for the ticket: the page or the comparison on the clipboard as plain text or Markdown.

#include "windowtest.h"

#include "comparison.h"
#include "document.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

using namespace smtpref;
using namespace smtpref::uitest;

class TestCopyPage : public WindowTest
{
    Q_OBJECT

private slots:
    void copiesTheCodePage()
    {
        QVERIFY(searchFor(window(), "530", "530"));
        QTest::keyClick(searchField(window()), Qt::Key_Return);
        const Document expected = Documents::entry(*catalogue().lookup("530", "en"));
        QClipboard *clipboard = QGuiApplication::clipboard();

        QTest::keyClick(detailBrowser(window()), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), Documents::toPlainText(expected, 0));
        QVERIFY(clipboard->text().startsWith("530"));

        QTest::keyClick(detailBrowser(window()), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), Documents::toMarkdown(expected));
        QVERIFY(clipboard->text().startsWith("## 530"));
    }

    void copiesTheComparison()
    {
        window()->open(PageLocation::comparison("211", "530"));
        QTRY_VERIFY(compareBrowser(window())->isVisible());
        const Comparison comparison =
            Comparer::compare(*catalogue().lookup("211", "en"), *catalogue().lookup("530", "en"), catalogue());
        part<QAction>(window(), "copyMarkdownAction")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), Documents::toMarkdown(Documents::comparison(comparison)));
        part<QAction>(window(), "copyTextAction")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), Documents::toPlainText(Documents::comparison(comparison), 0));
    }

    void nothingToCopyOnTheStartPage()
    {
        QVERIFY(!part<QAction>(window(), "copyTextAction")->isEnabled());
        QVERIFY(!part<QAction>(window(), "printAction")->isEnabled());
    }
};

QTEST_MAIN(TestCopyPage)
#include "tst_copypage.moc"
