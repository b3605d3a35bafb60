// A language installed while the window is open reaches every part at once: menus,
// actions, column titles (headerDataChanged), the window title and the open pages, rendered
// anew; with the real Russian translation too, chosen from the menu and back.

#include "uitest.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// Stands in for a real language: every text comes back marked, so a text that was not
// translated again is easy to see.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace("%n", QString::number(n));
        return "‹" + text + "›";
    }
    bool isEmpty() const override { return false; }
};

QStringList menuTitles(const QMainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class TestRetranslate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void everyPartFollowsTheLanguage()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        QVERIFY(searchFor(window.get(), "530", "530"));
        QTest::keyClick(searchField(window.get()), Qt::Key_Return);

        QSignalSpy resultHeaders(resultView(window.get())->model(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy outlineHeaders(part<QTreeView>(window.get(), "outlineView")->model(),
                                  &QAbstractItemModel::headerDataChanged);
        QSignalSpy historyHeaders(part<QTreeView>(window.get(), "historyView")->model(),
                                  &QAbstractItemModel::headerDataChanged);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));

        QTRY_VERIFY(menuTitles(window.get()).first().startsWith("‹"));
        QTRY_VERIFY(resultHeaders.count() > 0);
        QVERIFY(outlineHeaders.count() > 0);
        QVERIFY(historyHeaders.count() > 0);
        QVERIFY(resultView(window.get())->model()->headerData(0, Qt::Horizontal).toString().startsWith("‹"));
        QVERIFY(part<QAction>(window.get(), "backAction")->text().startsWith("‹"));
        QVERIFY(searchField(window.get())->placeholderText().startsWith("‹"));
        // The page is rendered again with its headings in the new language.
        QTRY_VERIFY(detailBrowser(window.get())->toPlainText().contains("‹Meaning›"));

        QCoreApplication::removeTranslator(&translator);
        QTRY_VERIFY(!detailBrowser(window.get())->toPlainText().contains("‹"));
        QVERIFY(!menuTitles(window.get()).first().startsWith("‹"));
    }

    // The real Russian, chosen from the menu and back, on a code's page: the page, the menus
    // and the list's column titles change at once.
    void russianAndBackOnACodePage()
    {
        QVERIFY2(Translations::available().contains("ru"), "the Russian translation is not built in");
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        QVERIFY(searchFor(window.get(), "530", "530"));
        QTest::keyClick(searchField(window.get()), Qt::Key_Return);
        QTRY_VERIFY(detailBrowser(window.get())->toPlainText().contains("How to fix it"));
        const QAbstractItemModel *results = resultView(window.get())->model();
        QSignalSpy headers(results, &QAbstractItemModel::headerDataChanged);

        chooseLanguage(window.get(), "ru");
        QCOMPARE(Translations::current(), QString("ru"));
        QTRY_VERIFY(detailBrowser(window.get())->toPlainText().contains("Как исправить"));
        QVERIFY(detailBrowser(window.get())->toPlainText().contains("Требуется аутентификация")); // the entry's own text
        QVERIFY(!detailBrowser(window.get())->toPlainText().contains("How to fix it"));
        QCOMPARE(menuTitles(window.get()).first(), QString("&Файл"));
        QCOMPARE(part<QMenu>(window.get(), "languageMenu")->title(), QString("&Язык"));
        QVERIFY(headers.count() > 0);
        QCOMPARE(results->headerData(0, Qt::Horizontal).toString(), QString("Код"));
        QCOMPARE(searchField(window.get())->text(), QString("530")); // nothing typed is lost

        chooseLanguage(window.get(), "en");
        QTRY_VERIFY(detailBrowser(window.get())->toPlainText().contains("How to fix it"));
        QVERIFY(!detailBrowser(window.get())->toPlainText().contains("Как исправить"));
        QCOMPARE(menuTitles(window.get()).first(), QString("&File"));
        QCOMPARE(results->headerData(0, Qt::Horizontal).toString(), QString("Code"));
    }

    // On a comparison the window title names both codes in the language chosen, and the
    // comparison is set out again in it.
    void russianAndBackOnAComparison()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        window->open(PageLocation::comparison("211", "530"));
        QCOMPARE(window->windowTitle(), QString("211 vs 530 — smtpref"));
        QTRY_VERIFY(compareBrowser(window.get())->toPlainText().contains("Key differences"));

        chooseLanguage(window.get(), "ru");
        QTRY_COMPARE(window->windowTitle(), QString("211 и 530 — smtpref"));
        QTRY_VERIFY(compareBrowser(window.get())->toPlainText().contains("Главные различия"));
        QVERIFY(!compareBrowser(window.get())->toPlainText().contains("Key differences"));

        chooseLanguage(window.get(), "en");
        QTRY_COMPARE(window->windowTitle(), QString("211 vs 530 — smtpref"));
        QTRY_VERIFY(compareBrowser(window.get())->toPlainText().contains("Key differences"));
    }

    // Qt's own texts follow too (qtbase_ru.qm, Debian package qt6-translations-l10n): dialog
    // buttons and the context menu of the search field.
    void qtsOwnTextsFollow()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        const auto contextMenuTexts = [&window] {
            const std::unique_ptr<QMenu> menu(searchField(window.get())->createStandardContextMenu());
            QStringList texts;
            for (const QAction *action : menu->actions())
                texts.append(action->text());
            return texts.join(" | "); // "&Copy\tCtrl+C | ..."
        };
        chooseLanguage(window.get(), "ru");
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(), QString("Отмена"));
        QVERIFY2(contextMenuTexts().contains("&Копировать"), qPrintable(contextMenuTexts()));

        chooseLanguage(window.get(), "en");
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(), QString("Cancel"));
        QVERIFY2(contextMenuTexts().contains("&Copy"), qPrintable(contextMenuTexts()));
    }

    void languageMenuOffersSystemAndEveryLanguage()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        auto *menu = part<QMenu>(window.get(), "languageMenu");
        QStringList choices;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                choices.append(action->data().toString());
        }
        QStringList expected{"system"};
        expected += Translations::available();
        QCOMPARE(choices, expected);
        const auto english = std::find_if(menu->actions().cbegin(), menu->actions().cend(),
                                          [](const QAction *action) { return action->data() == "en"; });
        QCOMPARE((*english)->text(), QString("English"));
        (*english)->trigger();
        QVERIFY((*english)->isChecked());
        QCOMPARE(Translations::current(), QString("en"));
        QCOMPARE(QSettings().value("language").toString(), QString("en"));
    }
};

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
