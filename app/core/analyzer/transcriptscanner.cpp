#include "transcriptscanner.h"

#include "replyscanner.h"

#include <QRegularExpression>

namespace smtpref::Analysis::TranscriptScanner {

namespace {

QString rcptAddress(const QString &command)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]*)>"));
    const QRegularExpressionMatch match = angle.match(command);
    if (match.hasMatch())
        return match.captured(1);
    const qsizetype colon = command.indexOf(QLatin1Char(':'));
    return colon >= 0 ? command.mid(colon + 1).trimmed().section(QLatin1Char(' '), 0, 0) : QString();
}

bool isNegative(const QString &reply)
{
    return reply.startsWith(QLatin1Char('4')) || reply.startsWith(QLatin1Char('5'));
}

} // namespace

TranscriptResult scan(const TextLines &lines, qsizetype from, qsizetype to)
{
    TranscriptResult result;
    if (to < 0 || to > lines.size())
        to = lines.size();
    QString lastCommand = QStringLiteral("CONN");
    bool inData = false;
    bool clientSeen = false;
    bool serverSeen = false;
    TranscriptReply pending;  // a multi-line reply being read
    bool pendingOpen = false;

    // Replies come in the order of the commands they answer (also when pipelined): each RCPT
    // reply decides the first recipient still undecided. Counters keep this linear.
    qsizetype nextUndecided = 0;
    qsizetype standing = 0; // recipients not failed (yet)
    const auto finishReply = [&](const TranscriptReply &reply) {
        serverSeen = true;
        if (reply.reply.startsWith(QLatin1String("354"))) {
            inData = true;
            return;
        }
        const bool negative = isNegative(reply.reply);
        if (negative)
            result.failures.append(reply);
        if (reply.command == QLatin1String("RCPT")) {
            if (nextUndecided < result.recipients.size()) {
                TranscriptRecipient &recipient = result.recipients[nextUndecided++];
                recipient.reply = reply;
                recipient.failed = negative;
                recipient.accepted = !negative;
                standing -= negative ? 1 : 0;
            }
            return;
        }
        if (negative && standing > 0 && (reply.reply.startsWith(QLatin1Char('5')) || reply.command != QLatin1String("QUIT"))) {
            // The transaction failed as a whole: every recipient still standing shares it.
            for (TranscriptRecipient &recipient : result.recipients) {
                if (!recipient.failed) {
                    recipient.failed = true;
                    recipient.accepted = false;
                    recipient.reply = reply;
                }
            }
            standing = 0;
            nextUndecided = result.recipients.size();
            return;
        }
        if (reply.command == QLatin1String("DATA") && reply.reply.startsWith(QLatin1Char('2')))
            result.delivered = true;
    };

    for (qsizetype i = from; i < to; ++i) {
        const ScannedLine scanned = ReplyScanner::normalize(lines.at(i).text);
        if (QStringView(scanned.text).trimmed().isEmpty() || scanned.speaker == Speaker::Note)
            continue;
        if (scanned.speaker == Speaker::Client) {
            if (pendingOpen) {
                finishReply(pending);
                pendingOpen = false;
            }
            clientSeen = true;
            if (inData) {
                if (scanned.text.trimmed() == QLatin1String(".")) {
                    inData = false;
                    lastCommand = QStringLiteral("DATA");
                }
                continue;
            }
            const QString command = ReplyScanner::clientCommand(scanned.text);
            if (command.isEmpty())
                continue;
            lastCommand = command == QLatin1String("DATA") ? QStringLiteral("DATA-START") : command;
            if (command == QLatin1String("RCPT")) {
                result.recipients.append({rcptAddress(scanned.text), lines.at(i).number, false, false, false, {}});
                ++standing;
            }
            continue;
        }
        if (scanned.speaker != Speaker::Server)
            continue;
        const QList<CodeMatch> codes = ReplyScanner::codes(scanned.text);
        if (codes.isEmpty() || !codes.front().atStart || codes.front().reply.isEmpty()) {
            if (pendingOpen)
                pending.text += QLatin1Char(' ') + scanned.text.trimmed();
            continue;
        }
        const CodeMatch &code = codes.front();
        const QString rest = scanned.text.mid(code.column + 4).trimmed();
        if (pendingOpen && pending.reply == code.reply) {
            if (!rest.isEmpty())
                pending.text += QLatin1Char(' ') + rest;
            if (pending.status.isEmpty())
                pending.status = code.status;
        } else {
            if (pendingOpen)
                finishReply(pending);
            pending = TranscriptReply{lines.at(i).number, code.reply, code.status, scanned.text.mid(code.column).trimmed(),
                                      lastCommand == QLatin1String("DATA-START") ? QStringLiteral("DATA") : lastCommand};
            pendingOpen = true;
        }
        if (!code.continued) {
            finishReply(pending);
            pendingOpen = false;
        }
    }
    if (pendingOpen)
        finishReply(pending);
    result.isTranscript = clientSeen && serverSeen;
    return result;
}

QList<TranscriptRecipient> scanLog(const TextLines &lines)
{
    static const QRegularExpression recipient(
        QStringLiteral("\\bto=<([^<>\\s]+@[^<>\\s]+)>|\\bto=([^<>\\s,;]+@[^<>\\s,;]+)|\\s(\\*\\*|==)\\s+<?([^<>\\s]+@[^<>\\s:]+)"));
    static const QRegularExpression outcome(QStringLiteral("\\b(?:status|stat)=(\\w+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rejectCommand(QStringLiteral("\\breject: (\\w+) from\\b"));
    QList<TranscriptRecipient> found;
    for (const TextLine &line : lines) {
        const QString text = line.text.left(4000);
        const QRegularExpressionMatch address = recipient.match(text);
        if (!address.hasMatch())
            continue;
        const QString exim = address.captured(3);
        const QString state = outcome.match(text).captured(1).toLower();
        const bool rejected = text.contains(QLatin1String("reject:"));
        bool failed = rejected || exim == QLatin1String("**") || state == QLatin1String("bounced")
                      || state == QLatin1String("expired");
        bool delayed = exim == QLatin1String("==") || state == QLatin1String("deferred");
        TranscriptRecipient event;
        event.address = address.captured(1);
        if (event.address.isEmpty())
            event.address = address.captured(2);
        if (event.address.isEmpty())
            event.address = address.captured(4);
        event.line = line.number;
        event.reply.line = line.number;
        qsizetype textBegin = -1;
        for (const CodeMatch &code : ReplyScanner::codes(text)) {
            if (event.reply.reply.isEmpty() && isNegative(code.reply)) {
                event.reply.reply = code.reply;
                event.reply.status = code.status;
                textBegin = code.column;
            }
            if (event.reply.status.isEmpty() && !code.status.isEmpty() && !code.status.startsWith(QLatin1Char('2')))
                event.reply.status = code.status;
        }
        if (event.reply.reply.startsWith(QLatin1Char('4')) && !rejected && state.isEmpty())
            delayed = true;
        if (!failed && !delayed && !event.reply.reply.startsWith(QLatin1Char('5')))
            continue;
        if (!failed && !delayed)
            failed = true;
        // The words: Postfix's "(...)" after the status, or the reply up to "; from=".
        const qsizetype open = state.isEmpty() ? -1 : text.indexOf(QLatin1Char('('), outcome.match(text).capturedEnd());
        QString words = open >= 0 ? text.mid(open + 1) : (textBegin >= 0 ? text.mid(textBegin) : text);
        if (open >= 0 && words.endsWith(QLatin1Char(')')))
            words.chop(1);
        const qsizetype fromField = words.indexOf(QLatin1String("; from=<"));
        if (fromField > 0)
            words = words.left(fromField);
        event.reply.text = words.trimmed();
        event.reply.command = ReplyScanner::command(text);
        if (event.reply.command.isEmpty())
            event.reply.command = rejectCommand.match(text).captured(1).toUpper();
        event.failed = true;
        event.delayed = delayed && !event.reply.reply.startsWith(QLatin1Char('5'));
        found.append(event);
    }
    return found;
}

} // namespace smtpref::Analysis::TranscriptScanner
