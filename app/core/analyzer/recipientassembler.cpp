#include "recipientassembler.h"

#include "reasonadvice.h"
#include "reasonclassifier.h"
#include "recipientscanner.h"
#include "replyscanner.h"
#include "transcriptscanner.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace smtpref::Analysis::RecipientAssembler {

namespace {

constexpr qsizetype maxDiagnostic = 1500;
// Recipients read; one more than the analyzer reports, so that it can tell it cut the list.
constexpr qsizetype maxRecipients = 5001;

// Appends the words of text to joined, one space between words: what simplified() makes of
// all the texts appended, joined by spaces, without copying them twice.
void appendSimplified(QString &joined, QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end > i) {
            if (!joined.isEmpty())
                joined += QLatin1Char(' ');
            joined += text.sliced(i, end - i);
        }
        i = end;
    }
}

bool isNegative(const QString &reply)
{
    return reply.startsWith(QLatin1Char('4')) || reply.startsWith(QLatin1Char('5'));
}

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// A line of dashes, equal signs or stars that only separates sections.
bool isDecoration(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.size() < 3)
        return false;
    for (const QChar c : trimmed) {
        if (c != QLatin1Char('-') && c != QLatin1Char('=') && c != QLatin1Char('*') && c != QLatin1Char('_')
            && c != QLatin1Char('#'))
            return false;
    }
    return true;
}

// What the text says about one recipient.
struct BlockFacts
{
    QString reply;
    QString status;
    QString diagnostic; // from the reply on
    QString context;    // the whole block
    QString clientCommand; // the last command a client line sent before the reply chosen
    bool hasCode = false;
};

const QRegularExpression &sendmailInner()
{
    // "554 <a@b>... 550 Host unknown": the inner code is the remote server's.
    static const QRegularExpression expression(QStringLiteral("^\\s*[245]\\d\\d[ -].*>\\.\\.\\.\\s*[245]\\d\\d\\b"));
    return expression;
}

const QRegularExpression &remoteHostExpression()
{
    static const QRegularExpression expression(
        QStringLiteral("(?:host|server|by|from)\\s+([A-Za-z0-9][A-Za-z0-9.-]{2,253}\\.[A-Za-z]{2,})\\s*\\[[0-9a-fA-F.:]+\\]"),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

BlockFacts factsOf(const TextLines &lines, const TextRecipient &recipient)
{
    // (text: where the candidate's line starts in joined.)
    struct Candidate { qsizetype text; CodeMatch code; QString command; bool server; };
    BlockFacts facts;
    QString joined; // the block's lines, simplified and joined by spaces
    QString lastClientCommand;
    QString firstStatus;
    QList<Candidate> candidates;
    for (const auto &[first, end] : recipient.blocks) {
        for (qsizetype i = first; i < end && i < lines.size(); ++i) {
            const ScannedLine scanned = ReplyScanner::normalize(lines.at(i).text);
            if (QStringView(scanned.text).trimmed().isEmpty() || isDecoration(scanned.text))
                continue;
            // (Each line has a word: it starts after the space that joins it, if any.)
            const qsizetype lineStart = joined.isEmpty() ? 0 : joined.size() + 1;
            appendSimplified(joined, scanned.text);
            if (scanned.speaker == Speaker::Client) {
                lastClientCommand = ReplyScanner::clientCommand(scanned.text);
                continue;
            }
            const QList<CodeMatch> codes = ReplyScanner::codes(scanned.text);
            QList<CodeMatch> negatives;
            for (const CodeMatch &code : codes) {
                if (firstStatus.isEmpty() && !code.status.isEmpty() && code.status.at(0) != QLatin1Char('2'))
                    firstStatus = code.status;
                if (isNegative(code.reply))
                    negatives.append(code);
            }
            if (negatives.isEmpty()) {
                // A status alone at the start ("5.2.2 <a@b>... Mailbox Full") is the reply too.
                for (const CodeMatch &code : codes) {
                    if (!code.status.isEmpty() && code.status.at(0) != QLatin1Char('2') && code.column <= scanned.indent + 1) {
                        negatives.append(code);
                        break;
                    }
                }
            }
            if (negatives.isEmpty())
                continue;
            const CodeMatch chosen = sendmailInner().match(scanned.text).hasMatch() ? negatives.last() : negatives.front();
            candidates.append({lineStart, chosen, lastClientCommand, scanned.speaker == Speaker::Server});
        }
    }
    // The remote server's own words ("<<< 550 ...") before the reporting server's summary.
    const Candidate *best = nullptr;
    for (const Candidate &candidate : candidates) {
        if (!best && candidate.server)
            best = &candidate;
    }
    if (!best && !candidates.isEmpty())
        best = &candidates.front();
    if (best) {
        facts.reply = best->code.reply;
        facts.status = best->code.status;
        facts.hasCode = true;
    }
    if (facts.status.isEmpty() && (!best || best->code.reply.isEmpty() || firstStatus.isEmpty()
                                   || firstStatus.at(0) == best->code.reply.at(0)))
        facts.status = firstStatus;
    facts.context = cutToLength(joined, maxDiagnostic);
    facts.diagnostic = best ? cutToLength(joined.mid(best->text), maxDiagnostic) : facts.context;
    if (best)
        facts.clientCommand = best->command;
    return facts;
}

// The command and the remote host a block names are searched for in its whole text, and only
// when the delivery status fields leave them open.
QString commandOf(const BlockFacts &facts)
{
    const QString command = ReplyScanner::command(facts.context);
    return command.isEmpty() ? facts.clientCommand : command;
}

QString remoteHostOf(const BlockFacts &facts)
{
    return remoteHostExpression().match(facts.context).captured(1);
}

struct TextFinding
{
    TextRecipient recipient;
    BlockFacts facts;
};

// The reply and status written in a Diagnostic-Code. The remote server's own status there
// says more than the reporting server's Status field ("Status: 5.0.0", "Status: 4.4.7" for a
// reply "450 4.7.1 ..."), as long as both are of the same class.
void applyDiagnostic(FailedRecipient &recipient, const DsnRecipient &dsn)
{
    recipient.status = dsn.status;
    if (dsn.diagnosticType.startsWith(QLatin1String("x-unix")))
        return; // a local program's exit status, not an SMTP reply
    const QList<CodeMatch> codes = ReplyScanner::codes(dsn.diagnostic);
    QString diagnosticStatus;
    for (const CodeMatch &code : codes) {
        if (recipient.reply.isEmpty() && !code.reply.isEmpty())
            recipient.reply = code.reply;
        if (diagnosticStatus.isEmpty() && !code.status.isEmpty())
            diagnosticStatus = code.status;
    }
    if (recipient.status.isEmpty())
        recipient.status = diagnosticStatus;
    else if (!diagnosticStatus.isEmpty() && diagnosticStatus.at(0) == recipient.status.at(0)
             && !diagnosticStatus.endsWith(QLatin1String(".0.0")))
        recipient.status = diagnosticStatus;
}

bool isAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at + 1 < address.size();
}

bool isPermanent(const FailedRecipient &recipient, const std::function<bool()> &delayed)
{
    if (!recipient.status.isEmpty())
        return recipient.status.startsWith(QLatin1Char('5'));
    if (!recipient.reply.isEmpty())
        return recipient.reply.startsWith(QLatin1Char('5'));
    if (recipient.action == QLatin1String("delayed"))
        return false;
    return !delayed();
}

// The notification's lines, trimmed and joined by spaces, up to about 4000 characters.
QString notificationContext(const Sources &sources)
{
    QString context;
    qsizetype size = 0;
    for (const NotificationText &text : sources.texts) {
        for (qsizetype i = 0; i < text.end && size < 4000; ++i) {
            const QStringView line = QStringView(text.lines->at(i).text).trimmed();
            if (line.isEmpty())
                continue;
            if (!context.isEmpty())
                context += QLatin1Char(' ');
            context += line;
            size += line.size();
        }
    }
    return context;
}

constexpr qsizetype replyHead = 30; // characters that identify a reply cut short

// Every reply in the notification texts, continuation lines joined, by its first characters
// (the longest text kept for each).
QHash<QString, QString> notificationReplies(const Sources &sources)
{
    QHash<QString, QString> replies;
    for (const Finding &finding : sources.textFindings) {
        if (finding.reply.isEmpty() || finding.text.size() < replyHead)
            continue;
        QString &known = replies[finding.text.left(replyHead)];
        if (finding.text.size() > known.size())
            known = finding.text;
    }
    return replies;
}

// A diagnostic cut short ("552-5.7.0 This message was blocked because its content presents a
// potential") is completed from the transcript that holds the whole reply.
QString completed(const QString &diagnostic, const QHash<QString, QString> &replies)
{
    if (replies.isEmpty())
        return diagnostic;
    const QList<CodeMatch> codes = ReplyScanner::codes(diagnostic);
    if (codes.isEmpty() || codes.front().reply.isEmpty())
        return diagnostic;
    const QString reply = diagnostic.mid(codes.front().column).simplified();
    if (reply.size() < replyHead)
        return diagnostic;
    const QString whole = replies.value(reply.left(replyHead));
    if (whole.size() > reply.size() + 10)
        return diagnostic.left(codes.front().column) + whole;
    return diagnostic;
}

} // namespace

void conclude(FailedRecipient &recipient, const QString &context, const QString &diagnosticType, bool inBounce)
{
    recipient.diagnostic = ReplyScanner::withoutRepeatedCodes(recipient.diagnostic, recipient.reply, recipient.status);
    ReasonInput input;
    input.diagnostic = recipient.diagnostic;
    input.context = context;
    input.status = recipient.status;
    input.reply = recipient.reply;
    input.command = recipient.command;
    input.action = recipient.action;
    input.diagnosticType = diagnosticType;
    input.inBounce = inBounce;
    recipient.reason = ReasonClassifier::classify(input);
    recipient.hard = ReasonAdvice::isHard(recipient.reason, recipient.permanent);
}

QList<FailedRecipient> assemble(const Sources &sources)
{
    QList<FailedRecipient> recipients;
    std::optional<bool> knownDelayed; // asked once at most
    const std::function<bool()> delayed = [&] {
        if (!knownDelayed)
            knownDelayed = sources.delayed && sources.delayed();
        return *knownDelayed;
    };

    // What the texts say, address by address (each address found by its own name and by the
    // one it was expanded from).
    QList<TextFinding> textFindings;
    QHash<QString, qsizetype> byAddress;
    for (const NotificationText &text : sources.texts) {
        const QList<TextRecipient> found = RecipientScanner::scan(*text.lines, text.end, sources.exclude);
        for (const TextRecipient &recipient : found) {
            const QString key = recipient.address.toLower();
            if (byAddress.contains(key) || textFindings.size() >= maxRecipients)
                continue;
            byAddress.insert(key, textFindings.size());
            textFindings.append({recipient, factsOf(*text.lines, recipient)});
        }
    }
    QHash<QString, qsizetype> byOriginal;
    for (qsizetype i = 0; i < textFindings.size(); ++i) {
        if (!textFindings.at(i).recipient.originalAddress.isEmpty())
            byOriginal.insert(textFindings.at(i).recipient.originalAddress.toLower(), i);
    }
    // The whole notification speaks of the one recipient when there is only one; with several,
    // each has only its own words.
    qsizetype reportedCount = 0;
    for (const DeliveryReport &report : sources.reports)
        reportedCount += report.recipients.size();
    const qsizetype named = reportedCount > 0 ? reportedCount : textFindings.size();
    const QString intro = named <= 1 ? notificationContext(sources) : QString();
    // Whole replies, to complete diagnostics cut short; read only when there is someone to complete.
    const QHash<QString, QString> replies =
        reportedCount + textFindings.size() > 0 ? notificationReplies(sources) : QHash<QString, QString>();

    const auto textFor = [&](const QString &address, const QString &original) -> const TextFinding * {
        for (const auto &[index, key] : {std::pair{&byAddress, address}, std::pair{&byAddress, original},
                                         std::pair{&byOriginal, address}}) {
            if (key.isEmpty())
                continue;
            const auto found = index->constFind(key.toLower());
            if (found != index->constEnd())
                return &textFindings.at(found.value());
        }
        return nullptr;
    };

    // With one recipient only, all the text is about it, whatever address it names.
    qsizetype reported = 0;
    for (const DeliveryReport &report : sources.reports)
        reported += report.recipients.size();
    TextFinding wholeText; // read only when no other text speaks of the recipient: it is long

    // 1. Delivery status fields.
    for (const DeliveryReport &report : sources.reports) {
        for (const DsnRecipient &dsn : report.recipients) {
            if (recipients.size() >= maxRecipients)
                break;
            FailedRecipient recipient;
            recipient.address = dsn.finalRecipient;
            recipient.originalAddress = sameAddress(dsn.originalRecipient, dsn.finalRecipient) ? QString() : dsn.originalRecipient;
            recipient.action = dsn.action;
            recipient.diagnostic = quotedText(dsn.diagnostic.isEmpty() ? dsn.statusComment : dsn.diagnostic, maxDiagnostic);
            recipient.remoteHost = dsn.remoteMta;
            recipient.line = dsn.line;
            if (!isAddress(recipient.address) && textFindings.size() == 1)
                recipient.address = textFindings.front().recipient.address;
            applyDiagnostic(recipient, dsn);
            const TextFinding *text = textFor(recipient.address, dsn.originalRecipient);
            if (!text && reported == 1 && textFindings.size() == 1) {
                text = &textFindings.front();
            } else if (!text && reported == 1 && !sources.texts.isEmpty()) {
                const NotificationText &first = sources.texts.front();
                wholeText.recipient.blocks.append({0, first.end});
                wholeText.facts = factsOf(*first.lines, wholeText.recipient);
                text = wholeText.facts.hasCode ? &wholeText : nullptr;
            }
            QString context = intro;
            if (text) {
                if (recipient.reply.isEmpty() && (text->facts.status.isEmpty() || recipient.status.isEmpty()
                                                  || text->facts.status.at(0) == recipient.status.at(0)))
                    recipient.reply = text->facts.reply;
                if (recipient.status.isEmpty())
                    recipient.status = text->facts.status;
                else if (recipient.status.endsWith(QLatin1String(".0.0")) && !text->facts.status.isEmpty()
                         && text->facts.status.at(0) == recipient.status.at(0))
                    recipient.status = text->facts.status;
                // The text may hold the whole reply where the Diagnostic-Code holds its first line.
                const QString head = recipient.diagnostic.left(40);
                if (recipient.diagnostic.isEmpty()
                    || (head.size() >= 20 && text->facts.diagnostic.contains(head)
                        && text->facts.diagnostic.size() > recipient.diagnostic.size()))
                    recipient.diagnostic = text->facts.diagnostic;
                if (recipient.remoteHost.isEmpty())
                    recipient.remoteHost = remoteHostOf(text->facts);
                context = text->facts.context + QLatin1Char(' ') + intro;
            }
            recipient.command = ReplyScanner::command(dsn.diagnostic);
            if (recipient.command.isEmpty() && text)
                recipient.command = commandOf(text->facts);
            recipient.permanent = isPermanent(recipient, delayed);
            recipient.diagnostic = completed(recipient.diagnostic, replies);
            conclude(recipient, context, dsn.diagnosticType, true);
            recipients.append(recipient);
        }
    }
    if (!recipients.isEmpty())
        return recipients;

    // 2. Addresses named in the text.
    for (const TextFinding &finding : textFindings) {
        FailedRecipient recipient;
        recipient.address = finding.recipient.address;
        recipient.originalAddress = finding.recipient.originalAddress;
        recipient.action = delayed() ? QStringLiteral("delayed") : QStringLiteral("failed");
        recipient.status = finding.facts.status;
        recipient.reply = finding.facts.reply;
        recipient.diagnostic = finding.facts.diagnostic;
        recipient.command = commandOf(finding.facts);
        recipient.remoteHost = remoteHostOf(finding.facts);
        recipient.line = finding.recipient.line;
        recipient.permanent = isPermanent(recipient, delayed);
        recipient.diagnostic = completed(recipient.diagnostic, replies);
        conclude(recipient, finding.facts.context + QLatin1Char(' ') + intro, QString(), true);
        recipients.append(recipient);
    }
    if (!recipients.isEmpty())
        return recipients;

    // 3. A transcript in the text.
    for (const NotificationText &text : sources.texts) {
        const TranscriptResult transcript = TranscriptScanner::scan(*text.lines, 0, text.end);
        for (const TranscriptRecipient &failed : transcript.recipients) {
            if (!failed.failed)
                continue;
            FailedRecipient recipient;
            recipient.address = failed.address;
            recipient.action = delayed() || failed.reply.reply.startsWith(QLatin1Char('4')) ? QStringLiteral("delayed")
                                                                                               : QStringLiteral("failed");
            recipient.reply = failed.reply.reply;
            recipient.status = failed.reply.status;
            recipient.diagnostic = quotedText(failed.reply.text, maxDiagnostic);
            recipient.command = failed.reply.command;
            recipient.line = failed.line;
            recipient.permanent = isPermanent(recipient, delayed);
            conclude(recipient, intro, QString(), true);
            recipients.append(recipient);
        }
    }
    if (!recipients.isEmpty())
        return recipients;

    // 4. Only the header says who failed: the first reply in the text tells why.
    QStringList addresses = sources.failedHeader;
    if (addresses.isEmpty())
        addresses = sources.returnedTo;
    if (addresses.isEmpty())
        return recipients;
    QString reply;
    QString status;
    QString diagnostic;
    for (const NotificationText &text : sources.texts) {
        for (qsizetype i = 0; i < text.end && reply.isEmpty(); ++i) {
            const ScannedLine scanned = ReplyScanner::normalize(text.lines->at(i).text);
            for (const CodeMatch &code : ReplyScanner::codes(scanned.text)) {
                if (isNegative(code.reply) || (!code.status.isEmpty() && code.status.at(0) != QLatin1Char('2'))) {
                    reply = code.reply;
                    status = code.status;
                    diagnostic = scanned.text.mid(code.column);
                    break;
                }
            }
        }
    }
    for (const QString &address : addresses) {
        FailedRecipient recipient;
        recipient.address = address;
        recipient.action = delayed() ? QStringLiteral("delayed") : QStringLiteral("failed");
        recipient.reply = reply;
        recipient.status = status;
        recipient.diagnostic = quotedText(diagnostic, maxDiagnostic);
        recipient.command = ReplyScanner::command(intro);
        recipient.permanent = isPermanent(recipient, delayed);
        conclude(recipient, intro, QString(), true);
        recipients.append(recipient);
    }
    return recipients;
}

} // namespace smtpref::Analysis::RecipientAssembler
