#include "commandline.h"

#include "analyzer.h"
#include "catalogue.h"
#include "combinedsearch.h"
#include "comparison.h"
#include "document.h"
#include "jsonreport.h"
#include "searchengine.h"
#include "sqliteuserstore.h"
#include "terminal.h"
#include "textreport.h"
#include "translations.h"
#include "userdatacommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace smtpref::CommandLine {

namespace {

const QStringList commands{QStringLiteral("lookup"), QStringLiteral("search"),
                           QStringLiteral("compare"), QStringLiteral("list"), QStringLiteral("analyze"),
                           QStringLiteral("export"), QStringLiteral("import")};
// Options that take a value: their value is never mistaken for a command.
const QStringList valueOptions{QStringLiteral("--database"), QStringLiteral("--lang"),
                               QStringLiteral("--limit"), QStringLiteral("--family"),
                               QStringLiteral("--user-database")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString commandHelp()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Commands:\n"
        "  lookup CODE          Explain one code.         smtpref lookup 530\n"
        "                       Enhanced codes in any class: smtpref lookup 5.7.1\n"
        "  search QUERY         Find codes by code, prefix or words.\n"
        "                                                 smtpref search \"mailbox full\"\n"
        "  compare A B          Set two codes side by side. smtpref compare 211 530\n"
        "  list                 List the catalogue.       smtpref list --family enhanced\n"
        "  export FILE|-        Save your custom codes, notes and favourites as JSON.\n"
        "                                                 smtpref export my-codes.json\n"
        "  import FILE|-        Add them from such a file, all or nothing; problems are named\n"
        "                       by line and field.        smtpref import my-codes.json\n"
        "  analyze FILE|-       What a bounce, DSN, SMTP transcript or reply line says went wrong,\n"
        "                       from a file or standard input. smtpref analyze bounce.eml\n"
        "  show CODE            Bring the window forward on a code, starting it if needed.\n"
        "                                                 smtpref show 530\n"
        "  show --clipboard     The same for the codes in the clipboard: bound to a keyboard\n"
        "                       shortcut, it looks codes up from anywhere.\n"
        "                                                 smtpref show --clipboard\n"
        "\n"
        "Without a command, smtpref opens its window, or brings forward the one already open.\n"
        "\n"
        "Exit status: 0 found, 1 not found, 2 usage error, 3 catalogue or user data cannot be\n"
        "read, 4 the file to import is not valid (nothing was imported).\n"
        "\n"
        "If the catalogue cannot be read, reinstall smtpref (the window goes on with the copy\n"
        "built into the program). A damaged user data file is moved aside, never deleted, and\n"
        "a fresh one started; smtpref says where the old one went.\n");
}

int usageError(const QString &message)
{
    err() << QCoreApplication::translate("CommandLine", "smtpref: %1").arg(message) << '\n'
          << QCoreApplication::translate("CommandLine", "Try 'smtpref --help'.") << '\n';
    err().flush();
    return UsageError;
}

int notFound(const QString &message)
{
    err() << QCoreApplication::translate("CommandLine", "smtpref: %1").arg(message) << '\n';
    err().flush();
    return NotFound;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

void printText(const QString &text)
{
    out() << text;
    out().flush();
}

// analyze FILE|-: the analysis needs no catalogue; with one, each code found gets its title.
int analyze(const QStringList &operands, Catalogue &catalogue, const QString &path, const QString &language, bool json)
{
    if (operands.size() != 1)
        return usageError(QCoreApplication::translate("CommandLine", "analyze takes one FILE, or - for standard input"));
    const QString name = operands.front();
    const bool standardInput = name == QLatin1String("-");
    QFile file(standardInput ? QString() : name);
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return usageError(QCoreApplication::translate("CommandLine", "cannot read \"%1\": %2").arg(name, file.errorString()));
    const QByteArray input = file.read(Analyzer::maxInput + 1);

    QString error;
    const bool titled = catalogue.open(path, &error);
    if (!titled) {
        err() << QCoreApplication::translate("CommandLine", "smtpref: cannot read the catalogue: %1; codes are shown without titles")
                     .arg(error)
              << '\n';
        err().flush();
    }
    const AnalysisResult result = Analyzer(titled ? &catalogue : nullptr, language).analyze(input);
    json ? printJson(QJsonDocument(JsonReport::analysis(result))) : printText(TextReport::analysis(result, Terminal::width()));
    if (result.findings.isEmpty() && result.recipients.isEmpty() && !result.isBounce)
        return notFound(QCoreApplication::translate("CommandLine", "no reply code, status code or bounce found in \"%1\"").arg(name));
    return Found;
}

// The language asked for with --lang L or --lang=L, else the system's: known before the
// options are described, so that --help speaks it too.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return Translations::systemLanguage();
}

} // namespace

bool wanted(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            ++i;
            continue;
        }
        if (commands.contains(argument) || argument == QLatin1String("--help")
            || argument == QLatin1String("-h") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v")) {
            return true;
        }
    }
    return false;
}

int run(const QStringList &arguments)
{
    if (const QString language = requestedLanguage(arguments); Translations::available().contains(language))
        Translations::install(language);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "A reference for SMTP reply codes, enhanced status codes and provider replies."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "lookup, search, compare, list, analyze, show, export or import"),
                                 QStringLiteral("[command]"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("CommandLine", "Read the catalogue from FILE instead of the bundled one."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Answer in language L (%1); default: the system's.")
            .arg(Translations::available().join(QStringLiteral(", "))),
        QStringLiteral("L"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("CommandLine", "Print JSON instead of text."));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QCoreApplication::translate("CommandLine", "search: at most N results (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption familyOption(
        QStringLiteral("family"), QCoreApplication::translate("CommandLine", "list: only basic, enhanced or provider."),
        QStringLiteral("F"));
    // Read by the window (GuiApplication), listed here for --help.
    const QCommandLineOption clipboardOption(
        QStringLiteral("clipboard"), QCoreApplication::translate("CommandLine", "show: look up the codes in the clipboard."));
    parser.addOptions({helpOption, versionOption, databaseOption, langOption, jsonOption,
                       limitOption, familyOption, clipboardOption});

    const QCommandLineOption userDatabaseOption(
        QStringLiteral("user-database"),
        QCoreApplication::translate("CommandLine", "Keep your notes, favourites, history and custom codes in FILE (default: %1).")
            .arg(SqliteUserStore::defaultPath()),
        QStringLiteral("FILE"));
    parser.addOption(userDatabaseOption);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QString language = parser.isSet(langOption) ? parser.value(langOption)
                                                      : Translations::systemLanguage();
    if (!Translations::available().contains(language)) {
        return usageError(QCoreApplication::translate("CommandLine", "unknown language \"%1\"; available: %2")
                              .arg(language, Translations::available().join(QStringLiteral(", "))));
    }
    Translations::install(language);

    if (parser.isSet(helpOption)) {
        printText(parser.helpText() + QLatin1Char('\n') + commandHelp());
        return Found;
    }
    if (parser.isSet(versionOption)) {
        printText(QStringLiteral("smtpref %1\n").arg(QCoreApplication::applicationVersion()));
        return Found;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "no command given"));
    const QString command = positional.front();
    const QStringList operands = positional.mid(1);
    const auto expectOperands = [&](int count) { return operands.size() == count; };

    Catalogue catalogue;
    QString error;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Catalogue::defaultPath();
    if (!commands.contains(command))
        return usageError(QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(command));
    if (command == QLatin1String("analyze"))
        return analyze(operands, catalogue, path, language, parser.isSet(jsonOption));
    const QString userDatabase = parser.isSet(userDatabaseOption) ? parser.value(userDatabaseOption)
                                                                  : SqliteUserStore::defaultPath();
    const bool transfer = command == QLatin1String("export") || command == QLatin1String("import");
    if (transfer && !expectOperands(1)) {
        return usageError(command == QLatin1String("export")
                              ? QCoreApplication::translate("CommandLine", "export takes one FILE, or - for standard output")
                              : QCoreApplication::translate("CommandLine", "import takes one FILE, or - for standard input"));
    }
    if (command == QLatin1String("export"))
        return UserDataCommands::exportTo(userDatabase, operands.front(), out(), err());
    // An import checks custom codes against the catalogue when it can be read.
    if (command == QLatin1String("import"))
        return UserDataCommands::importFrom(userDatabase, operands.front(), catalogue.open(path, &error) ? &catalogue : nullptr, out(), err());
    if (!catalogue.open(path, &error)) {
        err() << QCoreApplication::translate("CommandLine", "smtpref: cannot read the catalogue: %1").arg(error)
              << '\n'
              << QCoreApplication::translate("CommandLine", "smtpref: reinstall smtpref to repair it, or name another "
                                                            "catalogue with --database FILE.")
              << '\n';
        err().flush();
        return DataError;
    }
    UserDataCommands::CustomCodes customCodes;
    if (!UserDataCommands::openCustomCodes(catalogue, userDatabase, &customCodes, err()))
        return DataError;
    const bool json = parser.isSet(jsonOption);
    const int width = Terminal::width();

    if (command == QLatin1String("lookup")) {
        if (!expectOperands(1))
            return usageError(QCoreApplication::translate("CommandLine", "lookup takes one CODE"));
        const auto entry = catalogue.lookup(operands.front(), language);
        if (!entry)
            return notFound(QCoreApplication::translate("CommandLine", "no entry for \"%1\"; try: smtpref search %1")
                                .arg(operands.front()));
        json ? printJson(QJsonDocument(JsonReport::entry(*entry)))
             : printText(Documents::toPlainText(Documents::entry(*entry), width));
        return Found;
    }
    if (command == QLatin1String("search")) {
        if (operands.isEmpty())
            return usageError(QCoreApplication::translate("CommandLine", "search takes a QUERY"));
        bool numeric = false;
        const int limit = parser.value(limitOption).toInt(&numeric);
        if (!numeric || limit < 1)
            return usageError(QCoreApplication::translate("CommandLine", "--limit takes a whole number of at least 1"));
        const SearchResult result = CombinedSearch(catalogue).search(operands.join(QLatin1Char(' ')), language, limit);
        if (result.hits.isEmpty() && !json)
            return notFound(QCoreApplication::translate("CommandLine", "nothing found for \"%1\"")
                                .arg(operands.join(QLatin1Char(' '))));
        json ? printJson(QJsonDocument(JsonReport::search(result)))
             : printText(TextReport::search(result, width));
        return result.hits.isEmpty() ? NotFound : Found;
    }
    if (command == QLatin1String("compare")) {
        if (!expectOperands(2))
            return usageError(QCoreApplication::translate("CommandLine", "compare takes two codes, A and B"));
        const auto a = catalogue.lookup(operands.at(0), language);
        const auto b = catalogue.lookup(operands.at(1), language);
        for (const auto &[entry, code] : {std::pair{&a, operands.at(0)}, std::pair{&b, operands.at(1)}}) {
            if (!*entry)
                return notFound(QCoreApplication::translate("CommandLine", "no entry for \"%1\"").arg(code));
        }
        const Comparison comparison = Comparer::compare(*a, *b, catalogue);
        json ? printJson(QJsonDocument(JsonReport::comparison(comparison)))
             : printText(Documents::toPlainText(Documents::comparison(comparison), width));
        return Found;
    }
    // list
    if (!expectOperands(0))
        return usageError(QCoreApplication::translate("CommandLine", "list takes no operands"));
    std::optional<Family> family;
    if (parser.isSet(familyOption)) {
        family = familyFromId(parser.value(familyOption));
        if (!family)
            return usageError(QCoreApplication::translate("CommandLine", "--family is basic, enhanced or provider"));
    }
    const QList<EntrySummary> entries = catalogue.list(family, language);
    json ? printJson(QJsonDocument(JsonReport::list(entries))) : printText(TextReport::list(entries, width));
    return Found;
}

} // namespace smtpref::CommandLine
