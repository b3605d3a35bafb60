#include "findingcollector.h"

#include "replyscanner.h"

namespace smtpref::Analysis::FindingCollector {

namespace {

constexpr int maxContinuation = 4;
constexpr qsizetype maxText = 1000;

int indentOf(const QString &text)
{
    int indent = 0;
    while (indent < text.size() && (text.at(indent) == QLatin1Char(' ') || text.at(indent) == QLatin1Char('\t')))
        ++indent;
    return indent;
}

// Lines wrapped under a reply ("    <a@b>: User unknown (in reply to RCPT TO command)").
QString continuation(const TextLines &lines, qsizetype after, qsizetype to, int indent, qsizetype *last)
{
    QString text;
    *last = after;
    for (qsizetype j = after + 1; j < to && j <= after + maxContinuation; ++j) {
        const ScannedLine next = ReplyScanner::normalize(lines.at(j).text);
        if (next.speaker != Speaker::None || QStringView(next.text).trimmed().isEmpty())
            break;
        const int nextIndent = indentOf(next.text);
        if (nextIndent == 0 || (indent > 0 && nextIndent < indent) || (indent == 0 && nextIndent > 8))
            break;
        const QStringView trimmed = QStringView(next.text).trimmed();
        if (trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QLatin1Char('=')))
            break;
        const QList<CodeMatch> codes = ReplyScanner::codes(next.text);
        if (!codes.isEmpty() && (codes.front().atStart || !codes.front().reply.isEmpty()))
            break;
        text += QLatin1Char(' ');
        text += trimmed;
        *last = j;
    }
    return text;
}

} // namespace

QList<Finding> fromText(const TextLines &lines, qsizetype from, qsizetype to)
{
    QList<Finding> findings;
    if (to < 0 || to > lines.size())
        to = lines.size();
    for (qsizetype i = from; i < to; ++i) {
        if (!ReplyScanner::mayHoldCode(lines.at(i).text))
            continue; // normalizing only takes characters off
        const ScannedLine scanned = ReplyScanner::normalize(lines.at(i).text);
        if (scanned.speaker == Speaker::Client)
            continue;
        const QList<CodeMatch> codes = ReplyScanner::codes(scanned.text);
        if (codes.isEmpty())
            continue;
        qsizetype consumed = i;
        for (qsizetype c = 0; c < codes.size(); ++c) {
            const CodeMatch &code = codes.at(c);
            Finding finding;
            finding.line = lines.at(i).number;
            finding.reply = code.reply;
            finding.status = code.status;
            QString text = code.reply.isEmpty() ? scanned.text : scanned.text.mid(code.column);
            if (c + 1 == codes.size() && code.atStart && code.continued) {
                // "550-5.7.26 ..." then "550-5.7.26 ..." ... "550 5.7.26 ...": one reply.
                bool ended = false;
                for (qsizetype j = i + 1; j < to; ++j) {
                    const ScannedLine next = ReplyScanner::normalize(lines.at(j).text);
                    const QList<CodeMatch> nextCodes = ReplyScanner::codes(next.text);
                    if (nextCodes.isEmpty() || !nextCodes.front().atStart || nextCodes.front().reply != code.reply)
                        break;
                    const CodeMatch &first = nextCodes.front();
                    QString rest = next.text.mid(first.column + 4).trimmed();
                    if (!first.status.isEmpty() && rest.startsWith(first.status))
                        rest = rest.mid(first.status.size()).trimmed();
                    text += QLatin1Char(' ') + rest;
                    if (finding.status.isEmpty())
                        finding.status = first.status;
                    consumed = j;
                    if (!first.continued) {
                        ended = true;
                        break;
                    }
                }
                if (!ended) {
                    // Rewrapped by the reporting server: the last lines lost their prefix.
                    qsizetype last = consumed;
                    text += continuation(lines, consumed, to, indentOf(ReplyScanner::normalize(lines.at(consumed).text).text), &last);
                    consumed = last;
                }
            } else if (c + 1 == codes.size() && !code.reply.isEmpty()) {
                qsizetype last = i;
                text += continuation(lines, i, to, scanned.speaker == Speaker::None ? indentOf(scanned.text) : 0, &last);
                // The wrapped lines are this reply's text, not replies of their own.
                consumed = last;
            }
            finding.text = quotedText(ReplyScanner::withoutRepeatedCodes(text, finding.reply, finding.status), maxText);
            findings.append(finding);
        }
        i = consumed;
    }
    return findings;
}

QList<Finding> fromDeliveryStatus(const DeliveryReport &report)
{
    QList<Finding> findings;
    for (const DsnGroup &group : report.groups) {
        for (const DsnField &field : group.fields) {
            if (field.name != QLatin1String("status") && field.name != QLatin1String("diagnostic-code"))
                continue;
            QString value = field.value;
            QString label = field.name == QLatin1String("status") ? QStringLiteral("Status: ") : QString();
            if (field.name == QLatin1String("diagnostic-code")) {
                const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
                if (semicolon > 0 && semicolon < 40)
                    value = value.mid(semicolon + 1).trimmed();
            }
            const QList<CodeMatch> codes = ReplyScanner::codes(value);
            for (const CodeMatch &code : codes) {
                Finding finding;
                finding.line = field.line;
                finding.reply = code.reply;
                finding.status = code.status;
                finding.text = quotedText(code.reply.isEmpty() ? label + value
                                                               : ReplyScanner::withoutRepeatedCodes(value.mid(code.column),
                                                                                                    code.reply, code.status),
                                          maxText);
                findings.append(finding);
            }
        }
    }
    return findings;
}

} // namespace smtpref::Analysis::FindingCollector
