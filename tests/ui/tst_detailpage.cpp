// A code's page: its fields laid out, its links opening other codes, text never taken as
// markup, the favourite and the note.

#include "uitest.h"

#include "pagelink.h"
#include "userstore.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestDetailPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init()
    {
        m_window = openWindow(m_dir.filePath("user.sqlite"));
        QVERIFY(searchFor(m_window.get(), "530", "530"));
        QTest::keyClick(searchField(m_window.get()), Qt::Key_Return);
        QTRY_VERIFY(detailBrowser(m_window.get())->isVisible());
    }
    void cleanup() { m_window.reset(); }

    void showsEveryFieldOfTheEntry()
    {
        const auto entry = openCatalogue()->lookup("530", "en");
        const QString page = detailBrowser(m_window.get())->toPlainText();
        QVERIFY(page.startsWith("530"));
        const QStringList expected{entry->title, entry->description.section('\n', 0, 0), "Meaning", "When you see it",
                                   "How to fix it", "Who acts", "Retry", "SMTP phase", "References"};
        for (const QString &text : expected) {
            QVERIFY2(page.contains(text), qPrintable(text));
        }
        for (const QString &reference : entry->references)
            QVERIFY2(page.contains(reference), qPrintable(reference));
        QVERIFY(m_window->windowTitle().contains("530"));
    }

    void relatedCodeLinkOpensThatCode()
    {
        QTextBrowser *page = detailBrowser(m_window.get());
        QString target;
        for (const QString &href : linksOf(page->document())) {
            const auto link = PageLink::parse(QUrl(href));
            if (link && link->action == PageLink::Action::OpenCode && link->codeA != "530") {
                target = href;
                break;
            }
        }
        QVERIFY2(!target.isEmpty(), "530's page links no other code");
        const QString code = PageLink::parse(QUrl(target))->codeA;
        clickLink(page, target);
        QTRY_COMPARE(m_window->currentLocation()->codeA, code);
        QVERIFY(page->toPlainText().startsWith(code));
        // The browser itself went nowhere: it still has no source, only our page.
        QVERIFY(page->source().isEmpty());
    }

    void compareLinkOpensTheComparison()
    {
        QTextBrowser *page = detailBrowser(m_window.get());
        const QString href = PageLink::compare("530", "535").toString(QUrl::FullyEncoded);
        QVERIFY2(linksOf(page->document()).contains(href), "530's page offers no comparison with 535");
        clickLink(page, href);
        QTRY_VERIFY(compareBrowser(m_window.get())->isVisible());
        QCOMPARE(*m_window->currentLocation(), PageLocation::comparison("530", "535"));
    }

    void noteIsWrittenUnderThePageAndShownAsText()
    {
        QTextBrowser *page = detailBrowser(m_window.get());
        clickLink(page, PageLink::editNote("530").toString(QUrl::FullyEncoded));
        auto *editor = part<QPlainTextEdit>(m_window.get(), "noteText");
        QTRY_VERIFY(editor->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, "<b>not bold</b> & <a href=\"x\">no link</a>");
        QTest::mouseClick(part<QPushButton>(m_window.get(), "noteSave"), Qt::LeftButton);
        QVERIFY(!editor->isVisible());
        QTRY_VERIFY(page->toPlainText().contains("<b>not bold</b> & <a href=\"x\">no link</a>"));
        QVERIFY(!linksOf(page->document()).contains("x"));
    }

    void noteEditorCancelsWithEscape()
    {
        part<QAction>(m_window.get(), "editNoteAction")->trigger();
        auto *editor = part<QPlainTextEdit>(m_window.get(), "noteText");
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClicks(editor, "draft");
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QVERIFY(!detailBrowser(m_window.get())->toPlainText().contains("draft"));
    }

    void favouriteShortcutMarksTheCode()
    {
        auto *favourite = part<QAction>(m_window.get(), "favouriteAction");
        QVERIFY(favourite->isEnabled());
        const bool before = favourite->isChecked();
        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(favourite->isChecked(), !before);
        QCOMPARE(detailBrowser(m_window.get())->toPlainText().contains("★"), !before);
        auto *favourites = part<QTreeView>(m_window.get(), "favouritesView");
        const auto listed = [favourites] {
            return !favourites->model()->match(favourites->model()->index(0, 0), Qt::DisplayRole, "530").isEmpty();
        };
        QCOMPARE(listed(), !before);
        QTest::keyClick(detailBrowser(m_window.get()), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(favourite->isChecked(), before);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDetailPage)
#include "tst_detailpage.moc"
