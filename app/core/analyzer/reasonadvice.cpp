#include "reasonadvice.h"

#include <QCoreApplication>

namespace smtpref::Analysis::ReasonAdvice {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReasonAdvice", text);
}

struct Fact
{
    const char *reason;
    WhoActs whoActs;
    bool retryHelpsLater; // a temporary condition the sending server's retries may outlast
    const char *name;
    const char *advice;
};

const QList<Fact> &facts()
{
    static const QList<Fact> list{
        {"userunknown", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Unknown recipient"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The mailbox does not exist. Check the address for typos, ask the recipient for a working one, and remove it from mailing lists.")},
        {"mailboxfull", WhoActs::Recipient, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Mailbox full"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's mailbox is over its quota. Tell the recipient by other means; send again once they have made room.")},
        {"expired", WhoActs::RecipientAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Delivery time expired"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending server gave up after retrying for too long. Check that the recipient's domain has working MX hosts that accept connections, then send again.")},
        {"filtered", WhoActs::Recipient, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Refused by the recipient's filter"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's server or filter refused the message after reading it. Ask the recipient to allow your address, or reach them another way.")},
        {"rejected", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Sender refused"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiving server refused the envelope sender. Check that the sender address and its domain exist, resolve and are allowed to send there.")},
        {"blocked", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Sending server blocked"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiving server refuses the sending server's IP address or host. Check block lists, reverse DNS and sending volume, then ask for delisting.")},
        {"hostunknown", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Unknown domain"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's domain does not exist or has no mail host. Check the part after the @ for typos.")},
        {"feedback", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Complaint"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient reported the message as abuse or spam. Stop sending to this address and review how it was subscribed.")},
        {"authfailure", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Sender authentication failed"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message failed SPF, DKIM or DMARC checks. Publish correct SPF and DKIM records for the sending domain, align them with the From domain, then send again.")},
        {"networkerror", WhoActs::SenderAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Network or DNS error"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending server could not reach the recipient's server (DNS, timeout, refused connection). It retries by itself; if it persists, check DNS and connectivity on both sides.")},
        {"suspend", WhoActs::Recipient, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Mailbox disabled"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's account is disabled or suspended. Reach the recipient another way; stop sending if it stays so.")},
        {"requireptr", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Reverse DNS missing"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending server's IP address has no valid PTR record, or it does not match the host name. Set up reverse DNS with the IP's owner, then send again.")},
        {"policyviolation", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Against the recipient's policy"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message breaks a policy of the receiving side (content, attachments, sender). Read the reply text for which one, change the message, then send again.")},
        {"spamdetected", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Taken for spam"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiving server judged the content to be spam. Review the content, links and sending practices; authenticate the domain; then send again.")},
        {"systemerror", WhoActs::RecipientAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Server error"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiving mail system failed. Nothing is wrong with the message; send again later, and tell the recipient's administrator if it persists.")},
        {"notaccept", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Domain accepts no mail"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's domain does not receive mail (null MX or no SMTP service). Use another address.")},
        {"securityerror", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Security requirement not met"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The server asked for authentication, encryption or a permission the sender lacked. Check the mail client's or server's SMTP authentication and TLS settings.")},
        {"mailererror", WhoActs::RecipientAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Local delivery program failed"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient's server accepted the message but its delivery program (procmail, a pipe, a script) failed. The recipient's administrator must fix it.")},
        {"toomanyconn", WhoActs::SenderAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Too many connections or recipients"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending server opened too many connections or named too many recipients at once. Lower concurrency or recipients per message; the rest is retried.")},
        {"onhold", WhoActs::SenderAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Undetermined"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The reply gives no recognisable reason. Read the server's text below; if it is unclear, ask the recipient's administrator.")},
        {"notcompliantrfc", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Message not standard-compliant"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message breaks the Internet Message Format (RFC 5322): missing or duplicate headers, bad From. Fix the software that builds it.")},
        {"norelaying", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Relaying denied"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The server will not pass mail on for this sender. Send through your own provider's server and authenticate to it, or check the recipient domain's MX.")},
        {"hasmoved", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Address moved"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The recipient no longer uses this address. Ask for the new one and update your records.")},
        {"vacation", WhoActs::Nobody, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Automatic reply"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "This is an automatic reply (out of office, vacation): the message was delivered. Nothing to do.")},
        {"delivered", WhoActs::Nobody, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Delivered"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message was delivered or relayed. Nothing to do.")},
        {"exceedlimit", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Over the recipient's size limit"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message is larger than this recipient accepts. Send it smaller: compress attachments or share a link.")},
        {"mesgtoobig", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Message too big"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message is larger than the receiving server accepts. Send it smaller: compress attachments or share a link.")},
        {"badreputation", WhoActs::SenderAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Poor sender reputation"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending IP address or domain has a poor reputation with the receiver. Reduce volume, clean lists, authenticate, and follow the provider's postmaster guidance.")},
        {"contenterror", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Content not accepted"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The message's format or encoding is not accepted (headers, 8-bit data, MIME). Fix the software that builds it, then send again.")},
        {"virusdetected", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Virus detected"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "A virus or malware scanner refused the message. Scan the sending computer and the attachments; send clean files.")},
        {"syntaxerror", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "SMTP command error"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending software sent a command the server did not accept. Check the client's or server's SMTP implementation and settings.")},
        {"speeding", WhoActs::SenderAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Sending too fast"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiver limits how fast it accepts mail from this sender. Slow down; the sending server retries later.")},
        {"failedstarttls", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "TLS failed"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "Encryption (STARTTLS) could not be set up or was required and missing. Check the TLS settings and certificates on both servers.")},
        {"systemfull", WhoActs::RecipientAdmin, true, QT_TRANSLATE_NOOP("ReasonAdvice", "Receiving system full"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The receiving server is out of disk space. It is temporary; the sending server retries.")},
        {"suppressed", WhoActs::Sender, false, QT_TRANSLATE_NOOP("ReasonAdvice", "On a suppression list"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The sending service did not even try: the address is on its suppression list after earlier bounces or complaints. Remove it there only if you are sure it now works.")},
        {"undefined", WhoActs::SenderAdmin, false, QT_TRANSLATE_NOOP("ReasonAdvice", "Unknown reason"),
         QT_TRANSLATE_NOOP("ReasonAdvice", "The input does not say why delivery failed. Look for the server's reply in the full bounce or in the sending server's log.")},
    };
    return list;
}

} // namespace

bool isHard(const QString &reason, bool permanent)
{
    if (reason == QLatin1String("userunknown") || reason == QLatin1String("hostunknown")
        || reason == QLatin1String("hasmoved"))
        return true;
    return reason == QLatin1String("notaccept") && permanent;
}

Advice of(const QString &reason, bool permanent)
{
    Advice advice;
    for (const Fact &fact : facts()) {
        if (reason != QLatin1String(fact.reason))
            continue;
        advice.whoActs = fact.whoActs;
        advice.name = tr(fact.name);
        advice.advice = tr(fact.advice);
        advice.hard = isHard(reason, permanent);
        if (reason == QLatin1String("vacation") || reason == QLatin1String("delivered"))
            advice.retry = Retry::NotApplicable;
        else if (advice.hard)
            advice.retry = Retry::Never;
        else if (!permanent || fact.retryHelpsLater)
            advice.retry = permanent ? Retry::AfterFix : Retry::Automatic;
        else
            advice.retry = Retry::AfterFix;
        return advice;
    }
    advice.name = reason;
    return advice;
}

} // namespace smtpref::Analysis::ReasonAdvice
