#include "textreport.h"

#include "document.h"
#include "labels.h"
#include "reasonadvice.h"

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
    for (const SearchHit &hit : result.hits) {
        const QString how = hit.summary.custom
            ? QCoreApplication::translate("TextReport", "%1, your own code", "search result: how it matched").arg(matchName(hit.match))
            : matchName(hit.match);
        lines.append(line(hit.summary, column, QStringLiteral("  [%1]").arg(how), width));
    }
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

QString analysis(const AnalysisResult &result, int width)
{
    // lupdate files these tr() calls under the namespace's name: looked up under the same context.
    const auto tr = [](const char *text) { return QCoreApplication::translate("smtpref::TextReport", text); };
    const auto codes = [](const QString &reply, const QString &status) {
        return QStringList{reply, status}.join(QLatin1Char(' ')).trimmed();
    };
    const Verdict &verdict = result.verdict;
    QStringList lines;
    lines.append(Documents::wrap(verdict.summary, 0, width));
    if (!verdict.advice.isEmpty())
        lines.append(Documents::wrap(verdict.advice, 2, width));
    if (!verdict.reason.isEmpty()) {
        QString reason = QStringLiteral("%1 (%2)").arg(verdict.reason,
                                                       Analysis::ReasonAdvice::of(verdict.reason, verdict.permanent).name);
        if (verdict.hard)
            reason += QStringLiteral(", ") + tr("hard bounce");
        lines.append(QStringLiteral("  %1: %2").arg(tr("Reason"), reason));
        lines.append(QStringLiteral("  %1: %2").arg(Labels::sectionName(Section::WhoActs), Labels::whoActsName(verdict.whoActs)));
        lines.append(QStringLiteral("  %1: %2").arg(Labels::sectionName(Section::Retry), Labels::retryName(verdict.retry)));
    }

    if (!result.recipients.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Recipients"));
        for (const FailedRecipient &recipient : result.recipients) {
            const QString address = recipient.address.isEmpty() ? tr("(not named)") : recipient.address;
            const QString reason = QStringLiteral("%1 (%2)").arg(
                recipient.reason, Analysis::ReasonAdvice::of(recipient.reason, recipient.permanent).name);
            QStringList parts{address, codes(recipient.reply, recipient.status), reason};
            parts.removeAll(QString());
            lines.append(QStringLiteral("  ") + parts.join(QStringLiteral("  ")));
            if (!recipient.diagnostic.isEmpty())
                lines.append(Documents::wrap(recipient.diagnostic, 6, width));
        }
    }
    if (!result.findings.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Codes found"));
        for (const Finding &finding : result.findings) {
            QString line = QStringLiteral("  %1 %2  %3").arg(tr("line")).arg(finding.line, -5).arg(codes(finding.reply, finding.status));
            if (!finding.title.isEmpty())
                line += QStringLiteral("  ") + finding.title;
            lines.append(line);
            lines.append(Documents::wrap(finding.text, 6, width));
        }
    }
    if (result.truncated) {
        lines.append(QString());
        lines.append(tr("The input was too large: only its beginning was read."));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace smtpref::TextReport
