#pragma once

#include "textlines.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref::Analysis {

// A recipient named in the text of a bounce, and the lines that speak about it.
struct TextRecipient
{
    QString address;
    QString originalAddress;          // "(expanded from <x>)", "(generated from x)"
    int line = 0;                     // the input line where it is first named
    QList<QPair<qsizetype, qsizetype>> blocks; // [first, end) indexes into the scanned lines
};

// Finds the failed recipients in the text of a non-standard bounce: the address lists and
// per-address paragraphs of Postfix, Exim, qmail, Sendmail, Exchange, Gmail, Yahoo, Courier,
// Domino and others, without a parser per mail system. It looks for addresses in the
// positions bounces put them: alone on a line, "<address>:" before the error, after a label
// ("Recipient address:", "Could not be delivered to:", "to=<...>"), or in a sendmail
// "550 <address>... reason" line; each one's block of text runs to the next one.
namespace RecipientScanner {

// The index of the first line of the returned message in a bounce's text, or lines.size().
qsizetype notificationEnd(const TextLines &lines);

// Recipients in lines [0, end). Addresses in `exclude` (the bounce's own sender and
// addressee) are not taken as recipients unless nothing else is found.
QList<TextRecipient> scan(const TextLines &lines, qsizetype end, const QStringList &exclude);

// Every address in a text, in order (lower-cased duplicates removed).
QStringList addresses(const QString &text);

} // namespace RecipientScanner
} // namespace smtpref::Analysis
