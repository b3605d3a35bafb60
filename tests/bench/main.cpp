// smtpref-bench [--catalogue FILE]
// Prints one JSON object per line: {"metric", "size", "query", "value", "unit", "limit", "ratio"},
// where limit is the same work done the plainest way on the same machine in the same run.

#include "catalogue.h"
#include "rawsqlitesearch.h"
#include "searchengine.h"
#include "textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

double medianMilliseconds(int repetitions, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(repetitions);
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The raw query for a text: its words ANDed, the last as a prefix, as the engine's first try.
QString rawExpression(const QString &query)
{
    QStringList terms;
    const QStringList words = smtpref::TextFold::words(query);
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    if (!terms.isEmpty())
        terms.last() += QLatin1Char('*');
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption catalogueOption(QStringLiteral("catalogue"), QStringLiteral("Catalogue file."),
                                             QStringLiteral("FILE"), QStringLiteral(SMTPREF_CATALOGUE));
    parser.addOption(catalogueOption);
    parser.addHelpOption();
    parser.process(app);

    smtpref::Catalogue catalogue;
    QString error;
    if (!catalogue.open(parser.value(catalogueOption), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const int size = catalogue.entryCount();
    smtpref::SearchEngine engine(catalogue);
    RawSqliteSearch raw(parser.value(catalogueOption));
    QTextStream out(stdout);

    const QStringList queries{QStringLiteral("530"), QStringLiteral("5.7.1"), QStringLiteral("mailbox full"),
                              QStringLiteral("authentication"), QStringLiteral("authentcation requred"),
                              QStringLiteral("550-5.7.26 Unauthenticated email from example.com is not accepted")};
    constexpr int repetitions = 200;
    for (const QString &query : queries) {
        engine.search(query, QStringLiteral("en"), 50); // warm: vocabulary and page cache
        const double value = medianMilliseconds(repetitions, [&] { engine.search(query, QStringLiteral("en"), 50); });
        const QString expression = rawExpression(query);
        const double limit = medianMilliseconds(repetitions, [&] { raw.run(expression, 100); });
        out << QJsonDocument(QJsonObject{{QStringLiteral("metric"), QStringLiteral("search_query_median")},
                                         {QStringLiteral("size"), size},
                                         {QStringLiteral("query"), query},
                                         {QStringLiteral("value"), value},
                                         {QStringLiteral("unit"), QStringLiteral("ms")},
                                         {QStringLiteral("limit"), limit},
                                         {QStringLiteral("ratio"), limit > 0 ? value / limit : 0.0}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    return 0;
}
