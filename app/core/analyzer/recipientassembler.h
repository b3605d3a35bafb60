#pragma once

#include "analysisresult.h"
#include "dsnparser.h"
#include "textlines.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace smtpref::Analysis {

// A text written by the reporting system, up to where the returned message starts.
struct NotificationText
{
    const TextLines *lines = nullptr;
    qsizetype end = 0;
};

// Builds the list of recipients a bounce reports on, each with its status, reply, diagnostic
// and reason: from the delivery status fields when there are any (completed by what the text
// says about the same address), else from the addresses named in the text, else from an SMTP
// transcript inside it, else from X-Failed-Recipients or the returned message's To:.
namespace RecipientAssembler {

struct Sources
{
    QList<DeliveryReport> reports;
    QList<NotificationText> texts;
    QList<Finding> textFindings;  // FindingCollector::fromText over each of texts, in order
    QStringList exclude;          // the bounce's own sender and addressee
    QStringList failedHeader;     // X-Failed-Recipients
    QStringList returnedTo;       // To: of the returned message
    // Whether the notification is a delay warning, not a failure: asked only when a recipient's
    // codes leave it open, as answering reads the whole notification.
    std::function<bool()> delayed;
};

QList<FailedRecipient> assemble(const Sources &sources);

// Completes one recipient: its reason from its texts and codes, and whether it is a hard
// bounce. `inBounce`: the recipient comes from a bounce, whose silence about the SMTP command
// means the failure did not come at RCPT TO.
void conclude(FailedRecipient &recipient, const QString &context, const QString &diagnosticType, bool inBounce);

} // namespace RecipientAssembler
} // namespace smtpref::Analysis
