#pragma once

#include "entry.h"

#include <QList>
#include <QString>

namespace smtpref {

// What was pasted or read.
enum class InputKind {
    Empty,        // nothing but white space
    Bounce,       // a delivery status notification, standard (RFC 3464) or not
    AutoReply,    // an automatic reply (RFC 3834: out of office, vacation)
    Feedback,     // an abuse or complaint report (RFC 5965)
    Message,      // an ordinary message: not a bounce
    Transcript,   // an SMTP session, as a client or server wrote it
    Log,          // mail server log lines
    ReplyText,    // one or a few reply lines, or other text
};

// One reply code or enhanced status code as it appears in the input.
struct Finding
{
    int line = 0;       // 1-based line of the input
    QString reply;      // "550", or empty
    QString status;     // "5.1.1", or empty
    QString text;       // the reply or field it belongs to, continuation lines joined
    QString title;      // the catalogue's title for it, when a catalogue was given
    QString entryCode;  // the catalogue entry that title comes from ("X.1.1", "550")
};

// True for a reply or status of class 4 or 5: something failed or was deferred.
bool isNegativeCode(const QString &reply, const QString &status);
// The first finding that reports a failure or deferral, or nullptr.
const Finding *firstNegativeFinding(const QList<Finding> &findings);
// Text quoted in a result: whitespace runs made one space, and cut to maxLength characters
// (the last an ellipsis), so one huge line cannot swamp a report. cutToLength() is the cut
// alone, for text already simplified.
QString quotedText(const QString &text, qsizetype maxLength);
QString cutToLength(const QString &simple, qsizetype maxLength);

// One recipient the input reports on, most often one that failed.
struct FailedRecipient
{
    QString address;
    QString originalAddress; // Original-Recipient, or the alias it was expanded from
    QString action;          // failed, delayed, delivered, relayed, expanded (RFC 3464 §2.3.3)
    QString status;          // enhanced status, "5.1.1"; empty when the input gives none
    QString reply;           // SMTP reply code, "550"; empty when the input gives none
    QString reason;          // bounce reason in the established vocabulary ("userunknown")
    QString diagnostic;      // what the remote or reporting server said
    QString remoteHost;      // the server that gave the reply, where named
    QString command;         // the SMTP command it answered: "RCPT", "DATA", "MAIL", ...
    bool hard = false;       // the address itself is bad: sending again cannot succeed
    bool permanent = false;  // a 5xx failure rather than a 4xx delay
    int line = 0;            // where the recipient is named
};

// The one conclusion drawn from the whole input.
struct Verdict
{
    QString reason;          // empty when there is nothing to conclude
    bool hard = false;
    bool permanent = false;
    Retry retry = Retry::NotApplicable;
    WhoActs whoActs = WhoActs::Nobody;
    QString summary;         // one sentence: what happened
    QString advice;          // what to do next
};

struct AnalysisResult
{
    InputKind kind = InputKind::Empty;
    bool isBounce = false;
    QString subject;
    QList<Finding> findings;
    QList<FailedRecipient> recipients;
    Verdict verdict;
    bool truncated = false;  // the input was too large to read whole; the start was read
};

// Identifiers used in JSON and tests.
QString inputKindId(InputKind kind);

} // namespace smtpref
