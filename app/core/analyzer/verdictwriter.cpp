#include "verdictwriter.h"

#include "reasonadvice.h"
#include "reasonclassifier.h"
#include "replyscanner.h"

#include <QCoreApplication>

namespace smtpref::Analysis::VerdictWriter {

namespace {

// lupdate files the tr() calls below under this namespace's name (and sees a plural only in
// tr(text, comment, n)): the translations are looked up under the same context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("smtpref::Analysis::VerdictWriter", text, comment, n);
}

QString codesOf(const QString &reply, const QString &status)
{
    if (!reply.isEmpty() && !status.isEmpty())
        return reply + QLatin1Char(' ') + status;
    return reply.isEmpty() ? status : reply;
}

} // namespace

Verdict verdictOf(const AnalysisResult &result)
{
    Verdict verdict;
    switch (result.kind) {
    case InputKind::Empty:
        verdict.summary = tr("There is nothing to analyze.");
        verdict.advice = tr("Paste a bounce message, an SMTP transcript or a reply line.");
        return verdict;
    case InputKind::Message:
        verdict.summary = tr("This message is not a bounce: it reports no failed delivery.");
        verdict.advice = tr("Nothing failed here. If a delivery did fail, paste the bounce itself or the server's reply.");
        return verdict;
    default:
        break;
    }

    const FailedRecipient *primary = nullptr;
    for (const QString &wanted : {QStringLiteral("failed"), QStringLiteral("delayed")}) {
        for (const FailedRecipient &recipient : result.recipients) {
            if (!primary && recipient.action == wanted)
                primary = &recipient;
        }
    }
    if (!primary && !result.recipients.isEmpty())
        primary = &result.recipients.front();
    const Finding *decisive = firstNegativeFinding(result.findings);

    QString reason;
    QString codes;
    QString address;
    bool permanent = false;
    if (primary) {
        reason = primary->reason;
        codes = codesOf(primary->reply, primary->status);
        address = primary->address;
        permanent = primary->permanent;
    } else if (decisive && result.isBounce) {
        ReasonInput input;
        input.diagnostic = decisive->text;
        input.status = decisive->status;
        input.reply = decisive->reply;
        input.command = ReplyScanner::command(decisive->text);
        reason = ReasonClassifier::classify(input);
        codes = codesOf(decisive->reply, decisive->status);
        permanent = decisive->reply.startsWith(QLatin1Char('5')) || decisive->status.startsWith(QLatin1Char('5'));
    } else if (result.kind == InputKind::Transcript) {
        reason = QStringLiteral("delivered");
    } else {
        verdict.summary = result.findings.isEmpty() ? tr("No reply code or enhanced status code was found.")
                                                    : tr("The codes found report no failure.");
        verdict.advice = tr("Nothing failed here. If a delivery did fail, paste the bounce itself or the server's reply.");
        return verdict;
    }

    const ReasonAdvice::Advice advice = ReasonAdvice::of(reason, permanent);
    verdict.reason = reason;
    verdict.permanent = permanent && reason != QLatin1String("delivered") && reason != QLatin1String("vacation");
    verdict.hard = advice.hard;
    verdict.retry = advice.retry;
    verdict.whoActs = advice.whoActs;
    verdict.advice = advice.advice;

    const QString what = codes.isEmpty() ? advice.name : QStringLiteral("%1 (%2)").arg(advice.name, codes);
    if (reason == QLatin1String("vacation")) {
        verdict.summary = tr("An automatic reply (out of office or vacation), not a failure: the message was delivered.");
    } else if (reason == QLatin1String("delivered")) {
        verdict.summary = address.isEmpty() ? tr("The message was delivered.")
                                            : tr("The message was delivered to %1.").arg(address);
    } else if (reason == QLatin1String("feedback")) {
        verdict.summary = address.isEmpty() ? tr("A complaint about a message that was sent.")
                                            : tr("%1 complained about a message that was sent.").arg(address);
    } else if (!verdict.permanent) {
        verdict.summary = address.isEmpty()
                              ? tr("Delivery is delayed: %1. The sending server keeps trying for a while.").arg(what)
                              : tr("Delivery to %1 is delayed: %2. The sending server keeps trying for a while.").arg(address, what);
    } else {
        verdict.summary = address.isEmpty() ? tr("Delivery failed: %1.").arg(what)
                                            : tr("Delivery to %1 failed: %2.").arg(address, what);
    }
    int failedCount = 0;
    for (const FailedRecipient &recipient : result.recipients)
        failedCount += recipient.action == QLatin1String("failed") || recipient.action == QLatin1String("delayed") ? 1 : 0;
    if (failedCount > 1)
        verdict.summary += QLatin1Char(' ') + tr("%n recipient(s) did not get the message.", nullptr, failedCount);
    return verdict;
}

} // namespace smtpref::Analysis::VerdictWriter
