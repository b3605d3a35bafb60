#include "analyzebench.h"

#include "analyzer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace smtpref;

namespace {

QList<QByteArray> readInputs(const QStringList &dirs)
{
    QList<QByteArray> inputs;
    for (const QString &path : dirs) {
        const QDir dir(path);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (name.endsWith(QLatin1String(".md")) || !file.open(QIODevice::ReadOnly))
                continue;
            inputs.append(file.readAll());
        }
    }
    return inputs;
}

} // namespace

namespace AnalyzeBench {

Measurement run(const QStringList &dirs, qint64 totalBytes)
{
    const QList<QByteArray> distinct = readInputs(dirs);
    if (distinct.isEmpty())
        qFatal("smtpref-bench: no bounces or transcripts in %s", qPrintable(dirs.join(QLatin1Char(' '))));
    QList<QByteArray> inputs;
    qint64 bytes = 0;
    while (bytes < totalBytes) {
        for (const QByteArray &input : distinct) {
            inputs.append(input);
            bytes += input.size();
        }
    }
    const double megabytes = double(bytes) / (1024.0 * 1024.0);

    const Analyzer analyzer;
    int findings = 0;
    const double analyzeMs = Statistics::timeRuns(1, [&] {
        for (const QByteArray &input : std::as_const(inputs))
            findings += int(analyzer.analyze(input).findings.size());
    }).front();

    const QRegularExpression codes(QStringLiteral(R"(\b[245][0-9][0-9]\b|\b[245]\.[0-9]{1,3}\.[0-9]{1,3}\b)"));
    int matches = 0;
    const double scanMs = Statistics::timeRuns(1, [&] {
        for (const QByteArray &input : std::as_const(inputs)) {
            for (auto it = codes.globalMatch(QString::fromUtf8(input)); it.hasNext(); it.next())
                ++matches;
        }
    }).front();
    if (findings == 0 || matches == 0)
        qFatal("smtpref-bench: the analyzer or the scan found no codes");

    return {QStringLiteral("analyze_throughput"), QString::number(qRound(megabytes)) + QStringLiteral("MB"),
            analyzeMs / megabytes, QStringLiteral("ms/MB"), scanMs / megabytes};
}

} // namespace AnalyzeBench
