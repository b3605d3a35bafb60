// smtpref-bench [--quick] [--only FAMILIES] [--sizes N,...] [--work-dir DIR] [--detail]
//
// Measures smtpref against the machine's own limits: each line printed is one JSON object
// {"metric", "size", "value", "unit", "limit", "ratio"}, where limit is the lower bound for the
// same work, measured in the same run on the same machine, and ratio = value / limit.
//
//   search_keystroke_p95  a key typed into the main window until the result list shows its
//                         answer (p95), per catalogue size; limit: the raw FTS5 query
//   search_painted_p95    the same, until the window has painted the answer too
//   search_engine_p95     the same texts on SearchEngine alone (p95); the same limit
//   startup_first_paint   process start to the main window's first frame (median of 10);
//                         limit: a bare QWidget program
//   peak_rss              peak resident memory after start-up and a few searches; limit: the
//                         same bare program
//   *_text_window         the same two for the bare program with a line edit and a label
//                         (--text): not goals, the share of the gap any window with text pays
//   analyze_throughput    the analyzer over bounces and transcripts; limit: a regex scan
//   catalogue_build       the catalogue compiled from its source; limit: its FTS index alone
//
// Built with the project, never run by ctest: timings belong here, not in tests.

#include "analyzebench.h"
#include "catalogue.h"
#include "cataloguebuildbench.h"
#include "keystrokebench.h"
#include "startupbench.h"
#include "syntheticcatalogue.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace {

int entryCount(const QString &path)
{
    smtpref::Catalogue catalogue;
    QString error;
    if (!catalogue.open(path, &error))
        qFatal("smtpref-bench: %s", qPrintable(error));
    return catalogue.entryCount();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window is measured offscreen unless another platform is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("smtpref-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpref-bench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or data

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures smtpref against the machine's own limits."));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Fewer queries and rounds: done in a few minutes."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these, comma-separated: search, startup, analyze, build."),
                                        QStringLiteral("FAMILIES"),
                                        QStringLiteral("search,startup,analyze,build"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Synthetic catalogue sizes to search, comma-separated."),
                                         QStringLiteral("N,..."), QStringLiteral("10000,100000"));
    const QCommandLineOption workOption(QStringLiteral("work-dir"),
                                        QStringLiteral("Where synthetic catalogues are made and kept for the next run."),
                                        QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("smtpref-bench")));
    const QCommandLineOption detailOption(QStringLiteral("detail"),
                                          QStringLiteral("Every search text's times on stderr, for profiling."));
    parser.addOptions({quickOption, onlyOption, sizesOption, workOption, detailOption});
    parser.addHelpOption();
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','));
    const QString workDir = parser.value(workOption);
    const QString sourceDir = QStringLiteral(SMTPREF_SOURCE_DIR "/resources/catalogue");
    const QString shipped = QStringLiteral(SMTPREF_CATALOGUE);
    smtpref::Translations::install(QStringLiteral("en"));
    QTextStream out(stdout);

    if (only.contains(QLatin1String("search"))) {
        const QStringList queries = KeystrokeBench::queries(quick);
        const int rounds = quick ? 1 : 3;
        QList<std::pair<QString, int>> catalogues{{shipped, entryCount(shipped)}};
        for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString error;
            const QString path = SyntheticCatalogue::make(sourceDir, size.toInt(), workDir, &error);
            if (path.isEmpty())
                qFatal("smtpref-bench: synthetic catalogue of %s: %s", qPrintable(size), qPrintable(error));
            catalogues.append({path, size.toInt()});
        }
        for (const auto &[path, size] : std::as_const(catalogues)) {
            for (const Measurement &measurement : KeystrokeBench::run(path, size, queries, rounds, parser.isSet(detailOption)))
                measurement.print(out);
        }
    }
    if (only.contains(QLatin1String("startup"))) {
        const StartupBench::Programs programs{QStringLiteral(SMTPREF_BINARY), QStringLiteral(SMTPREF_BARE_WINDOW)};
        const QStringList searches{QStringLiteral("550 5.7.1"), QStringLiteral("mailbox full"),
                                   QStringLiteral("authentcation requred"), QStringLiteral("530")};
        for (const Measurement &measurement : StartupBench::run(programs, entryCount(shipped), 10, searches))
            measurement.print(out);
    }
    if (only.contains(QLatin1String("analyze"))) {
        const QStringList inputs{QStringLiteral(SMTPREF_CORPUS_DIR "/bounces"),
                                 QStringLiteral(SMTPREF_SOURCE_DIR "/tests/analyzer/data/transcripts")};
        AnalyzeBench::run(inputs, (quick ? 8 : 32) * 1024 * 1024).print(out);
    }
    if (only.contains(QLatin1String("build")))
        CatalogueBuildBench::run(sourceDir, workDir, quick ? 3 : 7).print(out);
    return 0;
}
