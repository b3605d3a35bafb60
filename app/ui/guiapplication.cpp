#include "guiapplication.h"

#include "catalogue.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "sqliteuserstore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

namespace smtpref::GuiApplication {

namespace {

// The user's data, or, when the file cannot be used, a store in memory: the reference
// stays usable, and the person is told that nothing will be kept.
std::unique_ptr<UserStore> openUserStore(const QString &path)
{
    auto store = std::make_unique<SqliteUserStore>();
    QString error;
    if (store->open(path, &error))
        return store;
    QMessageBox::warning(nullptr, QCoreApplication::translate("GuiApplication", "smtpref"),
                         QCoreApplication::translate("GuiApplication",
                                                     "Your favourites, notes and history cannot be read, and nothing "
                                                     "will be kept until this is solved.\n\n%1")
                             .arg(error));
    auto fallback = std::make_unique<SqliteUserStore>();
    fallback->open(QStringLiteral(":memory:"), &error);
    return fallback;
}

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

} // namespace

int run(const QStringList &arguments)
{
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("L"));
    // Tests and screenshots point this at a file of their own.
    const QCommandLineOption userDatabaseOption(QStringLiteral("user-database"), QString(), QStringLiteral("FILE"));
    parser.addOptions({databaseOption, langOption, userDatabaseOption});
    parser.parse(arguments);

    QString language = QSettings().value(QStringLiteral("language"), LanguageMenu::systemSetting()).toString();
    if (parser.isSet(langOption))
        language = parser.value(langOption);
    Translations::install(language == LanguageMenu::systemSetting() ? Translations::systemLanguage() : language);

    auto catalogue = std::make_unique<Catalogue>();
    QString error;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Catalogue::defaultPath();
    if (!catalogue->open(path, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApplication", "smtpref"),
                              QCoreApplication::translate("GuiApplication", "The code catalogue cannot be read.\n\n%1")
                                  .arg(error));
        return 3;
    }
    auto store = openUserStore(parser.isSet(userDatabaseOption) ? parser.value(userDatabaseOption)
                                                                : SqliteUserStore::defaultPath());
    MainWindow window(std::move(catalogue), std::move(store));
    window.show();
    return QApplication::exec();
}

} // namespace smtpref::GuiApplication
