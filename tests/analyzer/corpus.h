#pragma once

// Reading the shared bounce corpus (../shared/corpus/bounces) and its EXPECTED.tsv.

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref::testing {

inline QString corpusDir()
{
    return QStringLiteral(SMTPREF_CORPUS_DIR "/bounces");
}

// One row of EXPECTED.tsv: a file's n-th failed recipient as a reference classifier saw it.
struct ExpectedRow
{
    QString file;
    int recipient = 0;
    QString status;    // may be a placeholder X.0.9xx: "no code in the message"
    QString reply;
    QString reason;
    bool hard = false;
};

inline QList<ExpectedRow> expectedRows()
{
    QList<ExpectedRow> rows;
    QFile file(corpusDir() + QStringLiteral("/EXPECTED.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() < 6 || fields.at(0).isEmpty())
            continue;
        rows.append({fields.at(0), fields.at(1).toInt(), fields.at(2).trimmed(), fields.at(3).trimmed(),
                     fields.at(4).trimmed(), fields.at(5).trimmed() == QLatin1String("true")});
    }
    return rows;
}

inline QByteArray readCorpusFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace smtpref::testing
