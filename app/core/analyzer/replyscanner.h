#pragma once

#include <QList>
#include <QString>

namespace smtpref::Analysis {

// Who wrote a line of a transcript.
enum class Speaker { None, Server, Client, Note };

// A line with e-mail quoting ("> ") and transcript markers ("<-", "<<<", "Out:", "S:") removed.
struct ScannedLine
{
    QString text;
    Speaker speaker = Speaker::None;
    int indent = 0; // leading white space left in text
};

// One code in a line: a reply code, an enhanced status, or both written together.
struct CodeMatch
{
    QString reply;         // "550", or empty
    QString status;        // "5.1.1", or empty
    qsizetype column = 0;  // where it starts in the text
    bool atStart = false;  // the text is a reply: it starts with this code
    bool continued = false;// "550-...": the reply goes on in the next line
};

// Recognises SMTP replies (RFC 5321 §4.2) and enhanced status codes (RFC 3463) in a line of
// text, with the prefixes transcripts and quoting put before them.
namespace ReplyScanner {

ScannedLine normalize(const QString &line);

// Every reply code in reply position and every enhanced status code in the text, in order.
// A status written right after its reply code ("550 5.1.1", "550-5.7.26") is one match.
// Version numbers, addresses and placeholder codes (X.0.9xx) are not codes.
QList<CodeMatch> codes(const QString &text);
// False when a text holds no code for codes() to find, as it has no digit: a cheap test that
// spares normalizing the many lines without one.
bool mayHoldCode(QStringView text);

// True for X.0.9xx, a classifier's placeholder for "no code in the message".
bool isPlaceholder(const QString &status);

// The SMTP command a text says a reply answered ("in reply to RCPT TO command", "after end of
// data", ">>> DATA"): RCPT, MAIL, DATA, EHLO, HELO, CONN, AUTH, STARTTLS; empty when none.
QString command(const QString &text);

// The command a client line sends: "RCPT TO:<a@b>" gives RCPT.
QString clientCommand(const QString &text);

// A multi-line reply joined into one text keeps each line's "550-5.7.26" prefix; this removes
// them after the first, for reading: "550-5.7.26 a 550-5.7.26 b" gives "550-5.7.26 a b".
QString withoutRepeatedCodes(const QString &text, const QString &reply, const QString &status);

} // namespace ReplyScanner
} // namespace smtpref::Analysis
