#pragma once

#include <QString>
#include <QStringList>

namespace smtpref::Analysis {

// What is known about one failure, for naming its reason.
struct ReasonInput
{
    QString diagnostic;      // what the server said (reply text, Diagnostic-Code)
    QString context;         // the rest of the bounce's words about this recipient (weaker)
    QString status;          // "5.1.1"
    QString reply;           // "550"
    QString command;         // RCPT, MAIL, DATA, CONN, EHLO, HELO, AUTH, STARTTLS, or empty
    QString action;          // failed, delayed, delivered, ... (RFC 3464)
    QString diagnosticType;  // smtp, x-unix, x-postfix, ... (lower case)
    bool inBounce = false;   // reported by a bounce (not a lone reply line)
};

// Names the reason of a delivery failure in the established bounce vocabulary (userunknown,
// mailboxfull, blocked, ...). Well-known phrases first, each reason with its own list and the
// reasons in an order where the more specific come first; then the enhanced status code's
// subject and detail (X.1.1 → userunknown, X.2.2 → mailboxfull, X.4.7 → expired, X.7.1 by the
// SMTP command it answered); then the reply code and the command; "onhold" when something was
// said but nothing is recognised, "undefined" when nothing was said.
namespace ReasonClassifier {

QString classify(const ReasonInput &input);

// The reason a phrase list alone gives for a text, or an empty string.
QString byPhrase(const QString &text);

// The reason an enhanced status code alone gives, or an empty string.
QString byStatus(const QString &status, const QString &command = QString());

// Every reason of the vocabulary, in a stable order.
const QStringList &vocabulary();

} // namespace ReasonClassifier
} // namespace smtpref::Analysis
