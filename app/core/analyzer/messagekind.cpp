#include "messagekind.h"

#include "recipientscanner.h"

#include <QRegularExpression>

namespace smtpref::Analysis::MessageKind {

MessageSignals signalsOf(const HeaderFields &headers)
{
    MessageSignals found;
    static const QRegularExpression daemon(
        QStringLiteral("mailer[-_ ]?daemon|postmaster|mail delivery (?:subsystem|system|service)|mail administrator|"
                       "delivery status notification|mail system error|^<?>?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bounce(
        QStringLiteral("undeliver|undelivered|delivery status notification|returned mail|mail delivery failed|"
                       "failure notice|delivery failure|non[- ]?delivery|delivery has failed|delivery notification|"
                       "could not be delivered|returned to sender|mail failure|nondeliverable|not delivered|"
                       "delivery problem|message delivery|mail system error|bounce|delivery failed|"
                       "unzustellbar|non remis|no se pudo entregar|non recapitabile|onbestelbaar|"
                       "delayed|delivery delay|warning: message|retour|\\bfailed\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression delay(QStringLiteral("\\(delay\\)|delayed|delivery delay|warning: message|not yet been delivered"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Subjects only automatic replies have; and words that say so only beside an automatic header.
    static const QRegularExpression autoReply(
        QStringLiteral("^(?:auto(?:matic)?[- ]?(?:reply|response|antwort|answer)|autoreply|auto:|out of (?:the )?office|"
                       "r[ée]ponse automatique|automatische antwort|respuesta autom|risposta automatica|自動応答|自動返信)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression absence(QStringLiteral("^(?:away\\b|vacation|abwesen|absence|ooo\\b|不在)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString from = HeaderDecoder::value(headers, u"from");
    const QString subject = HeaderDecoder::value(headers, u"subject").trimmed();
    found.fromDaemon = daemon.match(from).hasMatch() && !from.trimmed().isEmpty();
    found.bounceSubject = bounce.match(subject).hasMatch();
    found.delaySubject = delay.match(subject).hasMatch();
    found.failedHeader = !HeaderDecoder::value(headers, u"x-failed-recipients").trimmed().isEmpty();
    for (const HeaderField &field : headers) {
        if (field.name == QLatin1String("return-path")) {
            const QString sender = QString(field.value).remove(QLatin1Char(' ')).toLower();
            if (sender == QLatin1String("<>") || sender == QLatin1String("<mailer-daemon>"))
                found.nullSender = true;
        }
        if (field.name == QLatin1String("auto-submitted")) {
            const QString value = field.value.toLower();
            if (value.contains(QLatin1String("auto-replied")))
                found.autoReplied = true;
            if (value.contains(QLatin1String("failure")) || value.contains(QLatin1String("delay")))
                found.autoSubmittedFailure = true;
        }
        if (field.name == QLatin1String("x-autoreply") || field.name == QLatin1String("x-autorespond")
            || field.name == QLatin1String("x-autoresponder") || field.name == QLatin1String("x-vacation"))
            found.autoReplied = true;
        if (field.name == QLatin1String("precedence") && field.value.toLower().contains(QLatin1String("auto_reply")))
            found.autoReplied = true;
    }
    const bool automaticHeader = !HeaderDecoder::value(headers, u"x-auto-response-suppress").isEmpty()
                                 || !HeaderDecoder::value(headers, u"auto-submitted").isEmpty()
                                 || HeaderDecoder::value(headers, u"precedence").contains(QLatin1String("bulk"), Qt::CaseInsensitive);
    found.autoReplySubject = autoReply.match(subject).hasMatch() || (automaticHeader && absence.match(subject).hasMatch());
    return found;
}

bool saysFailure(const QString &text)
{
    static const QRegularExpression failure(
        QStringLiteral("could not be delivered|couldn't be delivered|undeliverable|undelivered|delivery (?:has )?failed|"
                       "failed permanently|permanent (?:error|failure|fatal)|was not delivered|not be delivered|"
                       "unable to deliver|could not deliver|delivery to the following recipient|returned to sender|"
                       "has not yet been delivered|has been delayed|non-delivery|delivery failure|retry timeout|"
                       "was rejected|rejected your message|message (?:was )?rejected|delivery problems|delivery errors|"
                       "fatal errors|failed to deliver|cannot be delivered|can't be delivered|mail delivery failed|"
                       "transcript of session|address(?:es)? failed|not delivered to|delivery notification|"
                       "reject reason|配信できませんでした|送信できませんでした|送信に失敗"),
        QRegularExpression::CaseInsensitiveOption);
    return failure.match(QStringView(text).first(qMin(text.size(), qsizetype(20000)))).hasMatch();
}

bool saysDelay(const QString &text)
{
    static const QRegularExpression delay(
        QStringLiteral("warning message only|has been delayed|has not yet been delivered|delivery attempts will continue|"
                       "will be retried|will continue to be attempted|this is a warning|still trying|delivery is delayed|"
                       "temporarily deferred"),
        QRegularExpression::CaseInsensitiveOption);
    return delay.match(QStringView(text).first(qMin(text.size(), qsizetype(20000)))).hasMatch();
}

QStringList addressesIn(const QString &value)
{
    return RecipientScanner::addresses(value);
}

} // namespace smtpref::Analysis::MessageKind
