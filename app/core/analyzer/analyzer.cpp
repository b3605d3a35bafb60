#include "analyzer.h"

#include "catalogue.h"
#include "dsnparser.h"
#include "findingcollector.h"
#include "mailbox.h"
#include "messagekind.h"
#include "mimeparser.h"
#include "recipientassembler.h"
#include "recipientscanner.h"
#include "replyscanner.h"
#include "transcriptscanner.h"
#include "verdictwriter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace smtpref {

using namespace Analysis;

namespace {

constexpr int maxMessages = 50;       // messages of a mailbox file read
constexpr qsizetype maxFindings = 5000; // codes listed; the rest only counted as truncation
constexpr qsizetype maxRecipients = 5000;

// The parts of one message (the input, or a bounce attached inside it) written by the
// reporting system: its texts up to where the returned message starts, and its reports.
struct MessageParts
{
    QList<NotificationText> texts;
    QList<Finding> textFindings; // the codes in texts, read once for the findings and the recipients
    QList<DeliveryReport> reports;
    QList<const MessageSection *> feedback;
    QStringList returnedTo;
};

TextLines unquoted(const TextLines &lines, qsizetype end)
{
    static const QRegularExpression quote(QStringLiteral("^(?:\\s?>)+\\s?"));
    TextLines result;
    result.reserve(end);
    for (qsizetype i = 0; i < end && i < lines.size(); ++i) {
        QString text = lines.at(i).text;
        if (text.startsWith(QLatin1Char('>')))
            text.remove(quote);
        result.append({text, lines.at(i).number});
    }
    return result;
}

// The texts joined, for the searches of words over all of them. Joined only where needed: the
// header and the reports most often decide alone.
QString notificationText(const QList<NotificationText> &texts, qsizetype limit = 20000)
{
    QString text;
    for (const NotificationText &notification : texts) {
        for (qsizetype i = 0; i < notification.end && text.size() < limit; ++i) {
            text += notification.lines->at(i).text;
            text += QLatin1Char('\n');
        }
    }
    return text;
}

// `statusReports`: each delivery status section's fields, by section index (read once).
MessageParts collectParts(const ParsedMessage &parsed, const QList<DeliveryReport> &statusReports, int message)
{
    MessageParts parts;
    bool returnedStarted = false;
    for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
        const MessageSection &section = parsed.sections.at(s);
        if (section.message != message)
            continue;
        switch (section.role) {
        case MessageSection::Role::Text: {
            if (returnedStarted)
                break;
            const qsizetype end = RecipientScanner::notificationEnd(section.lines);
            parts.texts.append({&section.lines, end});
            if (end >= section.lines.size())
                break;
            returnedStarted = true;
            // The returned message's header, written into the text after the marker.
            for (qsizetype i = end; i < section.lines.size() && i < end + 200; ++i) {
                const QString &line = section.lines.at(i).text;
                if (line.startsWith(QLatin1String("to:"), Qt::CaseInsensitive)) {
                    parts.returnedTo += MessageKind::addressesIn(line.mid(3));
                    break;
                }
            }
            break;
        }
        case MessageSection::Role::DeliveryStatus:
            if (!statusReports.at(s).recipients.isEmpty())
                parts.reports.append(statusReports.at(s));
            break;
        case MessageSection::Role::FeedbackReport:
            parts.feedback.append(&section);
            break;
        case MessageSection::Role::ReturnedHeaders:
            returnedStarted = true;
            for (const TextLine &line : section.lines) {
                if (line.text.startsWith(QLatin1String("to:"), Qt::CaseInsensitive))
                    parts.returnedTo += MessageKind::addressesIn(line.text.mid(3));
            }
            break;
        }
    }
    if (parts.reports.isEmpty()) {
        // DSN fields written into the text (a report whose MIME structure got lost, a forward).
        for (const NotificationText &text : parts.texts) {
            const DeliveryReport report = DsnParser::parse(unquoted(*text.lines, text.end));
            if (!report.recipients.isEmpty()) {
                parts.reports.append(report);
                break;
            }
        }
    }
    for (const NotificationText &text : parts.texts)
        parts.textFindings += FindingCollector::fromText(*text.lines, 0, text.end);
    return parts;
}

bool looksLikeLog(const QString &text)
{
    static const QRegularExpression log(
        QStringLiteral("(?:postfix|exim|sendmail|qmail|smtpd?|lmtp)[/\\w-]*\\[\\d+\\]:|status=(?:bounced|deferred|sent)|"
                       "\\s\\*\\*\\s\\S+@|\\s==\\s\\S+@|NOQUEUE: reject"),
        QRegularExpression::CaseInsensitiveOption);
    return log.match(QStringView(text).first(qMin(text.size(), qsizetype(200000)))).hasMatch();
}

FailedRecipient fromTranscript(const TranscriptRecipient &recipient)
{
    FailedRecipient failed;
    failed.address = recipient.address;
    failed.line = recipient.line;
    failed.reply = recipient.reply.reply;
    failed.status = recipient.reply.status;
    failed.diagnostic = recipient.reply.text;
    failed.command = recipient.reply.command;
    if (recipient.failed) {
        const bool delayed = recipient.delayed || recipient.reply.reply.startsWith(QLatin1Char('4'))
                             || recipient.reply.status.startsWith(QLatin1Char('4'));
        failed.action = delayed ? QStringLiteral("delayed") : QStringLiteral("failed");
        failed.permanent = !delayed;
    } else {
        failed.action = QStringLiteral("delivered");
    }
    RecipientAssembler::conclude(failed, QString(), QString(), false);
    return failed;
}

bool anyFailed(const QList<FailedRecipient> &recipients)
{
    for (const FailedRecipient &recipient : recipients) {
        if (recipient.action != QLatin1String("delivered") && recipient.reason != QLatin1String("delivered"))
            return true;
    }
    return false;
}

// One message, or text without a header, analyzed on its own.
struct Partial
{
    AnalysisResult result;
    bool named = false; // its recipients come from the input, not from a guess
};

Partial analyzeText(const ParsedMessage &parsed, const QList<Finding> &findings, const MessageParts &parts,
                    const QList<FailedRecipient> &recipients)
{
    Partial partial;
    AnalysisResult &result = partial.result;
    result.findings = findings;
    result.truncated = parsed.truncated;
    static const TextLines none;
    const TextLines &lines = parsed.sections.isEmpty() ? none : parsed.sections.front().lines;
    const TranscriptResult transcript = TranscriptScanner::scan(lines);
    if (transcript.isTranscript) {
        result.kind = InputKind::Transcript;
        for (const TranscriptRecipient &recipient : transcript.recipients)
            result.recipients.append(fromTranscript(recipient));
        partial.named = !result.recipients.isEmpty();
        result.isBounce = anyFailed(result.recipients) || (!transcript.failures.isEmpty() && !transcript.delivered);
        return partial;
    }
    result.recipients = recipients;
    const QString notification = parts.reports.isEmpty() ? notificationText(parts.texts) : QString();
    if (!parts.reports.isEmpty())
        result.kind = InputKind::Bounce;
    else if (looksLikeLog(notification))
        result.kind = InputKind::Log;
    else if (!result.recipients.isEmpty() && MessageKind::saysFailure(notification))
        result.kind = InputKind::Bounce;
    else
        result.kind = InputKind::ReplyText;
    if (result.kind == InputKind::Log) {
        // One event per line: the same address may fail several times, for several reasons.
        result.recipients.clear();
        for (const TranscriptRecipient &event : TranscriptScanner::scanLog(lines))
            result.recipients.append(fromTranscript(event));
    }
    if (result.kind == InputKind::ReplyText) {
        // Addresses in reply lines are recipients only when their line failed; a failed reply
        // that names one address in angle brackets ("550 5.1.1 <a@b>: ...") names its recipient.
        QList<FailedRecipient> kept;
        for (const FailedRecipient &recipient : result.recipients) {
            if (isNegativeCode(recipient.reply, recipient.status))
                kept.append(recipient);
        }
        const Finding *failure = firstNegativeFinding(findings);
        if (kept.isEmpty() && failure) {
            static const QRegularExpression bracketed(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
            const QRegularExpressionMatch named = bracketed.match(failure->text);
            if (named.hasMatch() && !bracketed.match(failure->text, named.capturedEnd()).hasMatch()) {
                FailedRecipient recipient;
                recipient.address = named.captured(1);
                recipient.reply = failure->reply;
                recipient.status = failure->status;
                recipient.diagnostic = failure->text;
                recipient.line = failure->line;
                recipient.command = ReplyScanner::command(failure->text);
                recipient.permanent = (failure->status.isEmpty() ? failure->reply : failure->status).startsWith(QLatin1Char('5'));
                recipient.action = recipient.permanent ? QStringLiteral("failed") : QStringLiteral("delayed");
                RecipientAssembler::conclude(recipient, QString(), QString(), false);
                kept.append(recipient);
            }
        }
        result.recipients = kept;
    }
    partial.named = !result.recipients.isEmpty();
    result.isBounce = anyFailed(result.recipients) || firstNegativeFinding(findings);
    return partial;
}

Partial analyzeMessage(const QByteArray &data, ByteRange range)
{
    Partial partial;
    AnalysisResult &result = partial.result;
    const ParsedMessage parsed = MimeParser::parse(data, range);
    result.truncated = parsed.truncated;
    result.subject = HeaderDecoder::value(parsed.headers, u"subject");

    // Each delivery status part read once: its recipients and its findings come from the same fields.
    QList<DeliveryReport> statusReports(parsed.sections.size());
    for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
        if (parsed.sections.at(s).role == MessageSection::Role::DeliveryStatus)
            statusReports[s] = DsnParser::parse(parsed.sections.at(s).lines);
    }
    // Findings: every code the reporting systems wrote, in input order.
    QList<MessageParts> allParts;
    for (int m = 0; m <= parsed.innerHeaders.size(); ++m)
        allParts.append(collectParts(parsed, statusReports, m));
    for (const MessageParts &parts : allParts)
        result.findings += parts.textFindings;
    for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
        if (parsed.sections.at(s).role == MessageSection::Role::DeliveryStatus)
            result.findings += FindingCollector::fromDeliveryStatus(statusReports.at(s));
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.line < b.line; });

    const HeaderFields &headers = parsed.headers;
    const MessageSignals cues = MessageKind::signalsOf(headers);
    // What the input's own header names, the same for each message read in it.
    const QStringList failedHeader = MessageKind::addressesIn(HeaderDecoder::value(headers, u"x-failed-recipients"));
    const QStringList ownAddresses = MessageKind::addressesIn(HeaderDecoder::value(headers, u"to"))
                                     + MessageKind::addressesIn(HeaderDecoder::value(headers, u"from"));
    const auto sourcesOf = [&](const MessageParts &parts, const HeaderFields *innerHeaders) {
        RecipientAssembler::Sources sources;
        sources.reports = parts.reports;
        sources.texts = parts.texts;
        sources.textFindings = parts.textFindings;
        sources.returnedTo = parts.returnedTo;
        sources.failedHeader = failedHeader;
        sources.delayed = [&cues, &parts, innerHeaders] {
            return cues.delaySubject || MessageKind::saysDelay(notificationText(parts.texts))
                   || (innerHeaders && MessageKind::signalsOf(*innerHeaders).delaySubject);
        };
        if (innerHeaders)
            sources.exclude = MessageKind::addressesIn(HeaderDecoder::value(*innerHeaders, u"to"));
        sources.exclude += ownAddresses;
        return sources;
    };

    // The input's own report, or else the first bounce attached inside it.
    qsizetype used = 0;
    RecipientAssembler::Sources sources = sourcesOf(allParts.front(), nullptr);
    QList<FailedRecipient> recipients = RecipientAssembler::assemble(sources);
    for (qsizetype m = 1; m < allParts.size() && recipients.isEmpty() && sources.reports.isEmpty(); ++m) {
        RecipientAssembler::Sources inner = sourcesOf(allParts.at(m), &parsed.innerHeaders.at(m - 1));
        const QList<FailedRecipient> found = RecipientAssembler::assemble(inner);
        if (!found.isEmpty()) {
            used = m;
            sources = inner;
            recipients = found;
        }
    }
    const MessageParts &parts = allParts.at(used);

    if (!parsed.hasHeaders)
        return analyzeText(parsed, result.findings, parts, recipients);

    const Finding *negative = firstNegativeFinding(result.findings);

    if (!allParts.front().feedback.isEmpty()) {
        // A complaint (RFC 5965): who complained about which message.
        result.kind = InputKind::Feedback;
        result.isBounce = true;
        const MessageSection *report = allParts.front().feedback.front();
        const DeliveryReport fields = DsnParser::parse(report->lines);
        DsnGroup all = fields.perMessage;
        for (const DsnGroup &group : fields.groups)
            all.fields += group.fields;
        FailedRecipient complainer;
        complainer.address = DsnParser::addressOf(all.value(u"original-rcpt-to"));
        if (complainer.address.isEmpty() && !parts.returnedTo.isEmpty())
            complainer.address = parts.returnedTo.front();
        complainer.action = QStringLiteral("failed");
        complainer.reason = QStringLiteral("feedback");
        const QString type = all.value(u"feedback-type");
        complainer.diagnostic = type.isEmpty() ? QString() : QStringLiteral("Feedback-Type: %1").arg(type);
        complainer.line = report->lines.isEmpty() ? 0 : report->lines.front().number;
        result.recipients.append(complainer);
        partial.named = !complainer.address.isEmpty();
        return partial;
    }

    const bool reported = !parts.reports.isEmpty();
    // The texts of all the messages, joined and searched for words of failure only when needed.
    std::optional<QString> joined;
    const auto notification = [&]() -> const QString & {
        if (!joined) {
            joined.emplace();
            for (const MessageParts &each : allParts)
                *joined += notificationText(each.texts);
        }
        return *joined;
    };
    const auto saysFailure = [&] { return MessageKind::saysFailure(notification()); };
    // A mailer daemon's or a bounce subject's word outweighs "Auto-Submitted: auto-replied",
    // which Postfix and Exim put on their bounces too.
    const bool strongSignal = cues.fromDaemon || cues.bounceSubject || cues.autoSubmittedFailure || used > 0;
    const bool autoReply = cues.autoReplied || cues.autoReplySubject;
    const bool bounce = reported || cues.failedHeader || (cues.fromDaemon && cues.bounceSubject)
                        || (strongSignal && (negative || !recipients.isEmpty() || saysFailure()))
                        || (cues.nullSender && !autoReply && negative && !recipients.isEmpty())
                        || (!recipients.isEmpty() && !autoReply && saysFailure());
    if (bounce) {
        result.kind = InputKind::Bounce;
        result.isBounce = true;
        result.recipients = recipients;
        partial.named = !recipients.isEmpty();
        if (result.recipients.isEmpty()) {
            // A bounce that names no recipient still says why; the recipient stays unnamed.
            FailedRecipient unnamed;
            const bool delayed = sources.delayed();
            unnamed.action = delayed ? QStringLiteral("delayed") : QStringLiteral("failed");
            if (negative) {
                unnamed.reply = negative->reply;
                unnamed.status = negative->status;
                unnamed.diagnostic = negative->text;
                unnamed.line = negative->line;
            }
            unnamed.command = ReplyScanner::command(notification());
            unnamed.permanent = unnamed.status.isEmpty() && unnamed.reply.isEmpty()
                                    ? !delayed
                                    : (unnamed.status + unnamed.reply).startsWith(QLatin1Char('5'));
            RecipientAssembler::conclude(unnamed, notification().left(4000) + QLatin1Char(' ') + result.subject, QString(), true);
            result.recipients.append(unnamed);
        }
    } else if (autoReply) {
        result.kind = InputKind::AutoReply;
        result.isBounce = true;
        FailedRecipient away;
        const QStringList from = MessageKind::addressesIn(HeaderDecoder::value(headers, u"from"));
        away.address = from.isEmpty() ? QString() : from.front();
        away.action = QStringLiteral("delivered");
        away.reason = QStringLiteral("vacation");
        away.diagnostic = result.subject;
        for (const HeaderField &field : headers) {
            if (field.name == QLatin1String("from"))
                away.line = field.line;
        }
        result.recipients.append(away);
        partial.named = true;
    } else {
        result.kind = InputKind::Message;
    }
    return partial;
}

// Several messages read as one: their findings in order; their recipients, those named by
// the input first; one kind.
AnalysisResult merged(const QList<Partial> &partials)
{
    if (partials.size() == 1)
        return partials.front().result;
    AnalysisResult result;
    bool anyNamed = false;
    for (const Partial &partial : partials)
        anyNamed = anyNamed || (partial.named && partial.result.isBounce);
    const Partial *leading = nullptr;
    for (const Partial &partial : partials) {
        result.findings += partial.result.findings;
        result.truncated = result.truncated || partial.result.truncated;
        if (!partial.result.isBounce)
            continue;
        if (!leading)
            leading = &partial;
        if (!anyNamed || partial.named)
            result.recipients += partial.result.recipients;
    }
    if (!leading)
        leading = &partials.front();
    result.kind = leading->result.kind;
    result.isBounce = leading->result.isBounce;
    result.subject = leading->result.subject;
    return result;
}

} // namespace

Analyzer::Analyzer(const Catalogue *catalogue, const QString &language)
    : m_catalogue(catalogue), m_language(language)
{
}

AnalysisResult Analyzer::analyzeText(const QString &text) const
{
    return analyze(text.toUtf8());
}

AnalysisResult Analyzer::analyze(const QByteArray &rawInput) const
{
    const QByteArray input = rawInput.size() > maxInput ? rawInput.left(maxInput) : rawInput;
    AnalysisResult result;
    if (QByteArrayView(input).trimmed().isEmpty()) { // (a view: trimming a copy would copy it all)
        result.kind = InputKind::Empty;
        result.verdict = VerdictWriter::verdictOf(result);
        return result;
    }
    QList<Partial> partials;
    for (const ByteRange &range : Mailbox::messages(input, maxMessages))
        partials.append(analyzeMessage(input, range));
    result = merged(partials);
    result.truncated = result.truncated || rawInput.size() > maxInput;
    if (result.findings.size() > maxFindings) {
        result.findings.resize(maxFindings);
        result.truncated = true;
    }
    if (result.recipients.size() > maxRecipients) {
        result.recipients.resize(maxRecipients);
        result.truncated = true;
    }
    result.verdict = VerdictWriter::verdictOf(result);

    if (m_catalogue) {
        // Each finding's catalogue title: its enhanced status's entry, else its reply code's.
        QHash<QString, QPair<QString, QString>> titles;
        const auto titleOf = [&](const QString &code) -> QPair<QString, QString> {
            if (code.isEmpty())
                return {};
            const auto known = titles.constFind(code);
            if (known != titles.constEnd())
                return known.value();
            const auto entry = m_catalogue->lookup(code, m_language);
            const QPair<QString, QString> title = entry ? qMakePair(entry->title, entry->code) : QPair<QString, QString>();
            titles.insert(code, title);
            return title;
        };
        for (Finding &finding : result.findings) {
            QPair<QString, QString> title = titleOf(finding.status);
            if (title.first.isEmpty())
                title = titleOf(finding.reply);
            finding.title = title.first;
            finding.entryCode = title.second;
        }
    }
    return result;
}

} // namespace smtpref
