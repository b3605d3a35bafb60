// Takes the screenshots under docs/screenshots/ reproducibly: a fixed window size, a fresh
// user database, the settings of a test run, and the same pages each time.
//
//   smtpref_screenshots --database FILE --out DIR [--lang L] [--dark]
//
// --dark draws with a dark palette (files named *-dark.png), to check that pages follow
// the palette.
// Run through tests/ui/screenshots.sh, which builds it and uses the offscreen platform.

#include "catalogue.h"
#include "mainwindow.h"
#include "sqliteuserstore.h"
#include "translations.h"
#include "uitest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <optional>

using namespace smtpref;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Types text into the search field as a person does, waits for the answer and opens the
// best hit with Enter. Returns the code opened, or nothing when no answer came.
std::optional<QString> openBestHit(MainWindow &window, const QString &text)
{
    QLineEdit *field = uitest::searchField(&window);
    // Clearing empties and hides the result list at once, and the answers to what was typed
    // on the way are dropped, so only the answer to the whole text can fill the list.
    field->clear();
    QTest::keyClicks(field, text);
    const QTreeView *results = uitest::resultView(&window);
    if (!QTest::qWaitFor([&] { return results->isVisible() && results->model()->rowCount() > 0; })) {
        qWarning("no results for %s", qPrintable(text));
        return std::nullopt;
    }
    const QString best = uitest::currentCode(results);
    QTest::keyClick(field, Qt::Key_Return);
    return best;
}

// Qt fades the clear button of a line edit in as text comes and out as it goes. The fade is
// no child of the window to wait for, but the button's "opacity" property shows how far it
// is: true once every clear button is as its field's text wants it, drawn in full or gone.
bool clearButtonsSettled(const QWidget &window)
{
    const QList<QLineEdit *> fields = window.findChildren<QLineEdit *>();
    return std::all_of(fields.cbegin(), fields.cend(), [](const QLineEdit *field) {
        if (!field->isClearButtonEnabled())
            return true;
        const qreal wanted = field->text().isEmpty() ? 0.0 : 1.0;
        const QList<QToolButton *> buttons = field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
        return std::all_of(buttons.cbegin(), buttons.cend(), [wanted](const QToolButton *button) {
            const QVariant opacity = button->property("opacity");
            return !opacity.isValid() || opacity.toReal() == wanted;
        });
    });
}

// Waits until the window shows location, its page filled in and no clear button half drawn,
// and saves a picture of it.
bool save(MainWindow &window, const PageLocation &location, const QString &dir, const QString &name)
{
    const QTextBrowser *page = location.isComparison() ? uitest::compareBrowser(&window) : uitest::detailBrowser(&window);
    const auto shown = [&] {
        return window.currentLocation() == location && page->isVisible() && !page->document()->isEmpty()
            && clearButtonsSettled(window);
    };
    if (!QTest::qWaitFor(shown)) {
        qWarning("%s: the page of %s was not shown", qPrintable(name), qPrintable(location.codeA));
        return false;
    }
    // When all of that held at once, no event has run since the page changed: deliver the
    // layout requests it posted, so the picture is of the laid-out window.
    QCoreApplication::sendPostedEvents();
    const QString path = QDir(dir).filePath(name);
    if (!window.grab().save(path)) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    qInfo("wrote %s", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("smtpref-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpref"));
    QCoreApplication::setApplicationVersion(QStringLiteral("screenshot"));

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Catalogue file."),
                                            QStringLiteral("FILE"), QStringLiteral(SMTPREF_CATALOGUE));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language."), QStringLiteral("L"),
                                        QStringLiteral("en"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    parser.addOptions({databaseOption, outOption, langOption, darkOption});
    parser.addHelpOption();
    parser.process(app);

    // The tool embeds the same .qm files as smtpref (smtpref_embed_translations).
    Translations::install(parser.value(langOption));
    QString suffix = parser.value(langOption) == QLatin1String("en") ? QString()
                                                                   : QLatin1Char('-') + parser.value(langOption);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        suffix += QStringLiteral("-dark");
    }
    // A steady text cursor: a blinking one would be in a picture or not by the time it is taken.
    QApplication::setCursorFlashTime(0);
    QSettings().clear();
    QTemporaryDir userDir;
    auto catalogue = std::make_unique<Catalogue>();
    auto store = std::make_unique<SqliteUserStore>();
    QString error;
    if (!catalogue->open(parser.value(databaseOption), &error) || !store->open(userDir.filePath(QStringLiteral("user.sqlite")), &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    // The note is the user's own text, written in the language of the pictures.
    const bool russian = parser.value(langOption) == QLatin1String("ru");
    store->setNote(QStringLiteral("530"),
                   russian ? QString::fromUtf8("Заявка №4711: у клиента в Outlook был выключен флажок «SMTP-серверу требуется проверка подлинности».")
                           : QStringLiteral("Ticket #4711: the customer's Outlook had \"My outgoing server requires authentication\" switched off."));
    store->setFavourite(QStringLiteral("530"), true);

    const QString out = parser.value(outOption);
    QDir().mkpath(out);
    MainWindow window(std::move(catalogue), std::move(store));
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    const std::optional<QString> found = openBestHit(window, QStringLiteral("550-5.7.26 Unauthenticated email is not accepted"));
    bool ok = found && save(window, PageLocation::entry(*found), out, QStringLiteral("main-window%1.png").arg(suffix));

    ok = ok && openBestHit(window, QStringLiteral("530"))
         && save(window, PageLocation::entry(QStringLiteral("530")), out, QStringLiteral("detail-530%1.png").arg(suffix));

    const PageLocation comparison = PageLocation::comparison(QStringLiteral("211"), QStringLiteral("530"));
    window.open(comparison);
    ok = ok && save(window, comparison, out, QStringLiteral("compare-211-530%1.png").arg(suffix));
    return ok ? 0 : 1;
}
