#include "textreport.h"

#include "document.h"
#include "labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace smtpref::TextReport {

namespace {

QString matchName(MatchKind match)
{
    switch (match) {
    case MatchKind::ExactCode: return QCoreApplication::translate("TextReport", "code");
    case MatchKind::CodePrefix: return QCoreApplication::translate("TextReport", "code prefix");
    case MatchKind::Title: return QCoreApplication::translate("TextReport", "title");
    case MatchKind::Text: return QCoreApplication::translate("TextReport", "text");
    }
    return {};
}

qsizetype codeColumn(const QList<EntrySummary> &entries)
{
    qsizetype widest = 0;
    for (const EntrySummary &entry : entries)
        widest = std::max(widest, entry.code.size());
    return widest + 2;
}

QString line(const EntrySummary &entry, qsizetype column, const QString &suffix, int width)
{
    const QString text = entry.title + suffix;
    const QString wrapped = Documents::wrap(text, int(column), width);
    return entry.code.leftJustified(column) + wrapped.mid(column);
}

} // namespace

QString search(const SearchResult &result, int width)
{
    QList<EntrySummary> entries;
    for (const SearchHit &hit : result.hits)
        entries.append(hit.summary);
    const qsizetype column = codeColumn(entries);
    QStringList lines;
    for (const Correction &correction : result.corrections) {
        lines.append(QCoreApplication::translate("TextReport", "\"%1\" is not in the catalogue; searched for: %2")
                         .arg(correction.typed, correction.searched.join(QStringLiteral(", "))));
    }
    for (const SearchHit &hit : result.hits)
        lines.append(line(hit.summary, column, QStringLiteral("  [%1]").arg(matchName(hit.match)), width));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString list(const QList<EntrySummary> &entries, int width)
{
    const qsizetype column = codeColumn(entries);
    QStringList lines;
    std::optional<Family> family;
    for (const EntrySummary &entry : entries) {
        if (family != entry.family) {
            if (family)
                lines.append(QString());
            family = entry.family;
            lines.append(Labels::familyName(entry.family));
        }
        lines.append(line(entry, column, QString(), width));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace smtpref::TextReport
