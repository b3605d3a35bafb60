#pragma once

#include "textlines.h"

#include <QList>
#include <QString>

namespace smtpref::Analysis {

// A server reply in a transcript, continuation lines ("550-...") joined.
struct TranscriptReply
{
    int line = 0;
    QString reply;
    QString status;
    QString text;
    QString command; // the client command it answers: MAIL, RCPT, DATA (end of data), CONN, ...
};

// What happened to one recipient named in RCPT TO.
struct TranscriptRecipient
{
    QString address;
    int line = 0;
    bool failed = false;
    bool accepted = false;
    bool delayed = false;  // deferred: the sending server tries again
    TranscriptReply reply; // the reply that decided it
};

struct TranscriptResult
{
    bool isTranscript = false;            // client commands and server replies both seen
    QList<TranscriptRecipient> recipients;
    QList<TranscriptReply> failures;      // every negative reply, in order
    bool delivered = false;               // the end of data was accepted
};

// Follows an SMTP session as written by swaks ("<-", " ->", "<**"), sendmail (">>>", "<<<"),
// Postfix ("In:", "Out:"), or as "S:"/"C:" lines: which command each reply answers, which
// recipients were refused at RCPT TO, and which failure ended the transaction for all of them.
namespace TranscriptScanner {

TranscriptResult scan(const TextLines &lines, qsizetype from = 0, qsizetype to = -1);

// Mail server log lines, one event each: Postfix ("to=<a@b>, ... status=bounced (...)",
// "NOQUEUE: reject: RCPT from ...: 550 ...; to=<a@b>"), Exim ("** a@b ...", "== a@b ...") and
// Sendmail ("to=<a@b>, ... stat=..."). Only the recipients that failed or were deferred.
QList<TranscriptRecipient> scanLog(const TextLines &lines);

} // namespace TranscriptScanner
} // namespace smtpref::Analysis
