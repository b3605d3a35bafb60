#include "guiapplication.h"

#include "catalogue.h"
#include "cataloguerecovery.h"
#include "dataguard.h"
#include "firstframe.h"
#include "firstpaintreport.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "sqliteuserstore.h"
#include "translations.h"
#include "userstoreopening.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace smtpref::GuiApplication {

namespace {

// The icon drawn for the product, embedded at every size the desktop asks for
// (PNG rather than SVG: no dependency on the Qt SVG plugin). Message boxes and the
// About box take it from the application.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/smtpref-%1.png").arg(size), QSize(size, size));
    return icon;
}

// What "smtpref show CODE" or "smtpref show --clipboard" asks to look up; empty for a plain
// start; none, after a message on stderr, for wrong arguments. The clipboard is read here, so
// the window already running is handed plain text.
std::optional<QString> requestedLookup(const QCommandLineParser &parser, bool clipboard)
{
    const QStringList positional = parser.positionalArguments();
    const bool show = positional.value(0) == QLatin1String("show");
    const QStringList operands = positional.mid(1);
    // show takes either codes or --clipboard, and --clipboard belongs to show.
    if (show ? operands.isEmpty() != clipboard : clipboard) {
        QTextStream(stderr) << QCoreApplication::translate("GuiApplication",
                                                           "smtpref: show takes a CODE, or --clipboard\n"
                                                           "Try 'smtpref --help'.\n");
        return std::nullopt;
    }
    if (!show)
        return QString();
    return clipboard ? QGuiApplication::clipboard()->text() : operands.join(QLatin1Char(' '));
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("L"));
    // Tests and screenshots point this at a file of their own.
    const QCommandLineOption userDatabaseOption(QStringLiteral("user-database"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption clipboardOption(QStringLiteral("clipboard"));
    parser.addOptions({databaseOption, langOption, userDatabaseOption, clipboardOption});
    parser.parse(arguments);

    QString language = QSettings().value(QStringLiteral("language"), LanguageMenu::systemSetting()).toString();
    if (parser.isSet(langOption))
        language = parser.value(langOption);
    Translations::install(language == LanguageMenu::systemSetting() ? Translations::systemLanguage() : language);

    // One window per user: a later start hands what it was asked to show to the first one.
    const std::optional<QString> lookup = requestedLookup(parser, parser.isSet(clipboardOption));
    if (!lookup)
        return 2; // a usage error, as on the command line
    SingleInstance instance(SingleInstance::defaultSocketPath());
    if (instance.start(*lookup) == SingleInstance::Outcome::HandedOver)
        return 0;

    // A catalogue file that cannot be read gives way to the copy built into the program, and
    // a damaged user database to a fresh one (the damaged file moved aside): the person is
    // told once the window is up (DataGuard), and the deeper checks run after it is shown.
    auto catalogue = std::make_unique<Catalogue>();
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Catalogue::defaultPath();
    const DataGuard::Files files{path, false, CatalogueRecovery::builtInResource(),
                                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    const CatalogueOpening opened = CatalogueRecovery::open(*catalogue, path, files.builtInSource, files.cacheFolder);
    if (!opened.opened) {
        QApplication::setWindowIcon(applicationIcon());
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("GuiApplication", "smtpref"), opened.problem);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 3;
    }
    UserStoreOpening userData = openUserStore(parser.isSet(userDatabaseOption) ? parser.value(userDatabaseOption)
                                                                               : SqliteUserStore::defaultPath());
    DataGuard guard(*catalogue, *userData.store, {opened.path, opened.builtIn, files.builtInSource, files.cacheFolder});
    guard.tellLater(opened.problem);
    guard.tellLater(userData.problem);
    guard.prepare();
    MainWindow window(std::move(catalogue), std::move(userData.store));
    QObject::connect(&instance, &SingleInstance::lookupRequested, &window, &MainWindow::lookUp);
    FirstPaintReport::watch(&window); // smtpref-bench only
    // Reading the icon's images loads Qt's image format plugins: it waits for the first frame,
    // with the checks of the files, which tell what they find over a window already drawn.
    FirstFrame::whenPainted(&window, [&window, &guard] {
        QApplication::setWindowIcon(applicationIcon());
        guard.watch(&window);
    });
    window.show();
    if (!lookup->isEmpty())
        window.lookUp(*lookup);
    return QApplication::exec();
}

} // namespace smtpref::GuiApplication
