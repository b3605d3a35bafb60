// Text from users and imports is shown as text wherever it appears: a note or a custom code
// holding <img src=http://...>, <script>, entities or a javascript: link shows exactly those
// characters, makes no image, no link of its own and no request; pages load nothing but the
// program's own resources.

#include "uitest.h"

#include "customcatalogue.h"
#include "pagebrowser.h"
#include "pagelink.h"
#include "userstore.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextImageFormat>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

const QString image = "<img src=http://example.invalid/x.png>";
const QString script = "<script>alert('x')</script>";
const QString entity = "&amp; &lt;b&gt; &#x41;";
const QString javascript = "<a href=\"javascript:alert(1)\">click</a>";
const QString hostile = image + " " + script + " " + entity + " " + javascript;
const QString hostileCode = "EVIL <b>550</b> 5.7.66";

bool hasImage(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// Every link on the page is one of ours.
QStringList foreignLinks(const QTextDocument *document)
{
    QStringList foreign;
    for (const QString &href : linksOf(document)) {
        if (!PageLink::parse(QUrl(href)))
            foreign.append(href);
    }
    return foreign;
}

void checkShownAsText(const QTextBrowser *page, const QString &text)
{
    QVERIFY2(page->toPlainText().contains(text), qPrintable(page->toPlainText()));
    QVERIFY(!hasImage(page->document()));
    QCOMPARE(foreignLinks(page->document()), QStringList());
}

} // namespace

class TestEscaping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = openStore(m_dir->filePath("user.sqlite"));
        CustomCode custom;
        custom.entry.code = hostileCode;
        custom.entry.title = "Title " + image;
        custom.entry.description = hostile;
        custom.entry.fix = script;
        custom.entry.references = {javascript, image};
        custom.entry.related = {"550", "<i>not a code</i>"};
        QVERIFY(store->importData({{custom},
                                   {{"530", hostile, {}}, {"599", "orphan " + hostile, {}}, {hostileCode, hostile, {}}},
                                   {{hostileCode, {}}, {"599", {}}}}));
        m_custom = std::make_unique<CustomCatalogue>(*store, m_dir->filePath("custom.sqlite"));
        QString error;
        QVERIFY2(m_custom->sync(&error), qPrintable(error));
        auto catalogue = openCatalogue();
        QVERIFY2(catalogue->openCustom(m_custom->path(), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(std::move(catalogue), std::move(store));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_custom.reset();
        m_dir.reset();
    }

    void aNoteShowsAsText()
    {
        m_window->open(PageLocation::entry("530"));
        checkShownAsText(detailBrowser(m_window.get()), hostile);
    }

    void aNoteOnACodeNoCatalogueHasShowsAsText()
    {
        m_window->open(PageLocation::entry("599"));
        const QTextBrowser *page = detailBrowser(m_window.get());
        checkShownAsText(page, "orphan " + hostile);
        QVERIFY(page->toPlainText().contains("not in the current catalogue"));
    }

    void aCustomCodeShowsAsTextOnItsPage()
    {
        m_window->open(PageLocation::entry(hostileCode));
        const QTextBrowser *page = detailBrowser(m_window.get());
        QVERIFY2(page->toPlainText().startsWith(hostileCode), qPrintable(page->toPlainText().left(200)));
        for (const QString &text : {"Title " + image, script, javascript, QString("<i>not a code</i>")})
            checkShownAsText(page, text);
        QVERIFY(page->toPlainText().contains("Custom"));
    }

    void aCustomCodeShowsAsTextInTheResultList()
    {
        QVERIFY(searchFor(m_window.get(), "EVIL", hostileCode));
        const QAbstractItemModel *results = resultView(m_window.get())->model();
        const int row = int(codesIn(results).indexOf(hostileCode));
        const QModelIndex title = results->index(row, 2);
        QCOMPARE(title.data().toString(), "Custom · Title " + image);
        // A tooltip takes markup as rich text: it is given escaped, inside rich text.
        const QString tip = title.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith("<qt>") && tip.contains("&lt;img src=http://example.invalid/x.png&gt;"), qPrintable(tip));
        QVERIFY(!tip.contains(image));
    }

    void aCustomCodeShowsAsTextInAComparison()
    {
        m_window->open(PageLocation::comparison(hostileCode, "550"));
        const QTextBrowser *page = compareBrowser(m_window.get());
        QTRY_VERIFY(page->isVisible());
        for (const QString &text : {"Title " + image, script})
            checkShownAsText(page, text);
    }

    void listsShowCodesAndNotesAsText()
    {
        for (const char *name : {"favouritesView", "notesView"}) {
            const QAbstractItemModel *list = part<QTreeView>(m_window.get(), name)->model();
            bool found = false;
            for (int row = 0; row < list->rowCount(); ++row) {
                const QModelIndex code = list->index(row, 0);
                if (code.data().toString() != hostileCode)
                    continue;
                found = true;
                QVERIFY(code.data(Qt::ToolTipRole).toString().contains("&lt;b&gt;550&lt;/b&gt;"));
            }
            QVERIFY2(found, name);
        }
    }

    void theNoteEditorNamesTheCodeAsText()
    {
        m_window->open(PageLocation::entry(hostileCode));
        part<QAction>(m_window.get(), "editNoteAction")->trigger();
        auto *editor = part<QPlainTextEdit>(m_window.get(), "noteText");
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), hostile);
        bool labelled = false;
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().contains(hostileCode)) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                labelled = true;
            }
        }
        QVERIFY(labelled);
    }

    void whatIsTypedIsShownAsText()
    {
        QLineEdit *field = searchField(m_window.get());
        QTest::keyClicks(field, "<qqqqqqqqqqqq>");
        const auto *nothing = part<QLabel>(m_window.get(), "nothingFound");
        QTRY_VERIFY(nothing->isVisible());
        QCOMPARE(nothing->textFormat(), Qt::PlainText);
        QVERIFY(nothing->text().contains("<qqqqqqqqqqqq>"));
        QCOMPARE(part<QLabel>(m_window.get(), "summaryLabel")->textFormat(), Qt::PlainText);
    }

    // Pages reach nothing outside the program, whatever they name; links leave only on a click.
    void pagesLoadOnlyTheProgramsOwnResources()
    {
        PageBrowser browser;
        QVERIFY(!browser.openExternalLinks());
        QVERIFY(!browser.openLinks());
        for (const char *url : {"http://example.invalid/x.png", "https://example.invalid/x.css", "file:///etc/passwd",
                                "ftp://example.invalid/x", "javascript:alert(1)"}) {
            QVERIFY2(!browser.loadResource(QTextDocument::ImageResource, QUrl(url)).isValid(), url);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomCatalogue> m_custom;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestEscaping)
#include "tst_escaping.moc"
