#include "labels.h"

#include <QCoreApplication>

namespace smtpref::Labels {

// Every string is spelt out in a QCoreApplication::translate call with the "Labels" context,
// the form lupdate can read.
QString familyName(Family family)
{
    switch (family) {
    case Family::Basic:
        return QCoreApplication::translate("Labels", "Basic reply code", "catalogue family");
    case Family::Enhanced:
        return QCoreApplication::translate("Labels", "Enhanced status code", "catalogue family");
    case Family::Provider:
        return QCoreApplication::translate("Labels", "Provider reply", "catalogue family");
    }
    return {};
}

QString customBadge()
{
    return QCoreApplication::translate("Labels", "Custom", "badge on the user's own codes");
}

QString customNotice()
{
    return QCoreApplication::translate("Labels", "One of your own codes, from your user data, not from the catalogue.");
}

QString className(int replyClass, Family family)
{
    const bool enhanced = family == Family::Enhanced;
    switch (replyClass) {
    case 2:
        return enhanced ? QCoreApplication::translate("Labels", "Success", "enhanced status class 2")
                        : QCoreApplication::translate("Labels", "Positive completion", "reply class 2xx");
    case 3:
        return QCoreApplication::translate("Labels", "Positive intermediate", "reply class 3xx");
    case 4:
        return enhanced
            ? QCoreApplication::translate("Labels", "Persistent transient failure", "enhanced status class 4")
            : QCoreApplication::translate("Labels", "Transient negative completion", "reply class 4xx");
    case 5:
        return enhanced ? QCoreApplication::translate("Labels", "Permanent failure", "enhanced status class 5")
                        : QCoreApplication::translate("Labels", "Permanent negative completion", "reply class 5xx");
    default:
        return QCoreApplication::translate(
            "Labels", "Any class: 2 success, 4 persistent transient failure, 5 permanent failure",
            "enhanced status written as X.S.D");
    }
}

QString whoActsName(WhoActs who)
{
    switch (who) {
    case WhoActs::Nobody:
        return QCoreApplication::translate("Labels", "Nobody: informational", "who acts");
    case WhoActs::Sender:
        return QCoreApplication::translate("Labels", "The sender (person or sending program)", "who acts");
    case WhoActs::SenderAdmin:
        return QCoreApplication::translate("Labels", "The sending server's administrator", "who acts");
    case WhoActs::RecipientAdmin:
        return QCoreApplication::translate("Labels", "The receiving server's administrator", "who acts");
    case WhoActs::Recipient:
        return QCoreApplication::translate("Labels", "The recipient (mailbox owner)", "who acts");
    }
    return {};
}

QString retryName(Retry retry)
{
    switch (retry) {
    case Retry::NotApplicable:
        return QCoreApplication::translate("Labels", "Not applicable: the dialogue goes on", "retry advice");
    case Retry::Automatic:
        return QCoreApplication::translate("Labels", "Automatic: the sending server retries", "retry advice");
    case Retry::AfterFix:
        return QCoreApplication::translate("Labels", "Only after fixing the cause", "retry advice");
    case Retry::Never:
        return QCoreApplication::translate("Labels", "No: resending will not help", "retry advice");
    }
    return {};
}

QString phaseName(const QString &phaseId)
{
    if (phaseId == QLatin1String("connection"))
        return QCoreApplication::translate("Labels", "connection", "SMTP phase");
    if (phaseId == QLatin1String("greeting"))
        return QCoreApplication::translate("Labels", "greeting", "SMTP phase");
    if (phaseId == QLatin1String("end_of_data"))
        return QCoreApplication::translate("Labels", "end of data", "SMTP phase: after the final dot of DATA");
    if (phaseId == QLatin1String("any"))
        return QCoreApplication::translate("Labels", "any command", "SMTP phase");
    if (phaseId == QLatin1String("delivery"))
        return QCoreApplication::translate("Labels", "delivery report", "SMTP phase: reported in a bounce after acceptance");
    return phaseId; // Command names (EHLO, MAIL, RCPT ...) are never translated.
}

QString phaseNames(const QStringList &phaseIds)
{
    QStringList names;
    for (const QString &id : phaseIds)
        names.append(phaseName(id));
    return names.join(QStringLiteral(", "));
}

QString subjectName(int subject)
{
    switch (subject) {
    case 0: return QCoreApplication::translate("Labels", "Other or undefined", "enhanced status subject X.0");
    case 1: return QCoreApplication::translate("Labels", "Addressing", "enhanced status subject X.1");
    case 2: return QCoreApplication::translate("Labels", "Mailbox", "enhanced status subject X.2");
    case 3: return QCoreApplication::translate("Labels", "Mail system", "enhanced status subject X.3");
    case 4: return QCoreApplication::translate("Labels", "Network and routing", "enhanced status subject X.4");
    case 5: return QCoreApplication::translate("Labels", "Mail delivery protocol", "enhanced status subject X.5");
    case 6: return QCoreApplication::translate("Labels", "Message content or media", "enhanced status subject X.6");
    case 7: return QCoreApplication::translate("Labels", "Security or policy", "enhanced status subject X.7");
    default: return QCoreApplication::translate("Labels", "Unregistered subject", "enhanced status subject");
    }
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Meaning: return QCoreApplication::translate("Labels", "Meaning", "section heading");
    case Section::When: return QCoreApplication::translate("Labels", "When you see it", "section heading");
    case Section::Fix: return QCoreApplication::translate("Labels", "How to fix it", "section heading");
    case Section::WhoActs: return QCoreApplication::translate("Labels", "Who acts", "section heading");
    case Section::Retry: return QCoreApplication::translate("Labels", "Retry", "section heading");
    case Section::Phase: return QCoreApplication::translate("Labels", "SMTP phase", "section heading");
    case Section::References: return QCoreApplication::translate("Labels", "References", "section heading");
    case Section::Related: return QCoreApplication::translate("Labels", "Related codes", "section heading");
    case Section::ConfusedWith: return QCoreApplication::translate("Labels", "Easily confused with", "section heading");
    case Section::Provider: return QCoreApplication::translate("Labels", "Provider", "section heading");
    case Section::Source: return QCoreApplication::translate("Labels", "Source", "section heading");
    case Section::Warning: return QCoreApplication::translate("Labels", "Provider-specific use", "section heading");
    case Section::Family: return QCoreApplication::translate("Labels", "Family", "section heading: basic, enhanced or provider");
    case Section::Class: return QCoreApplication::translate("Labels", "Class", "section heading");
    case Section::Subject: return QCoreApplication::translate("Labels", "Subject", "section heading: the middle digit of an enhanced status");
    case Section::Shared: return QCoreApplication::translate("Labels", "What they share", "section heading");
    case Section::Relations: return QCoreApplication::translate("Labels", "How they relate", "section heading");
    case Section::Differences: return QCoreApplication::translate("Labels", "Key differences", "section heading");
    case Section::Notes: return QCoreApplication::translate("Labels", "Notes", "section heading: curated notes on a pair of codes");
    }
    return {};
}

} // namespace smtpref::Labels
