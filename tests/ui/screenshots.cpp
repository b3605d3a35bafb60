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

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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

bool save(QWidget *window, const QString &dir, const QString &name)
{
    // Let queued work (searches, layouts) settle before the picture is taken.
    QTest::qWait(300);
    const QString path = QDir(dir).filePath(name);
    if (!window->grab().save(path)) {
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

    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *results = window.findChild<QTreeView *>(QStringLiteral("resultView"));
    const auto search = [&](const QString &text) {
        field->clear();
        QTest::keyClicks(field, text);
        return QTest::qWaitFor([&] { return results->isVisible() && results->model()->rowCount() > 0; });
    };

    bool ok = search(QStringLiteral("550-5.7.26 Unauthenticated email is not accepted"));
    QTest::keyClick(field, Qt::Key_Return);
    ok = ok && save(&window, out, QStringLiteral("main-window%1.png").arg(suffix));

    ok = ok && search(QStringLiteral("530"));
    QTest::keyClick(field, Qt::Key_Return);
    ok = ok && save(&window, out, QStringLiteral("detail-530%1.png").arg(suffix));

    window.open(PageLocation::comparison(QStringLiteral("211"), QStringLiteral("530")));
    ok = ok && save(&window, out, QStringLiteral("compare-211-530%1.png").arg(suffix));
    return ok ? 0 : 1;
}
