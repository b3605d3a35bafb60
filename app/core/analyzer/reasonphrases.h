#pragma once

#include <QList>

namespace smtpref::Analysis {

// Which words mean which bounce reason: for each reason the phrases mail servers write when
// refusing for it (Postfix, Exim, Sendmail, qmail, Exchange and Office 365, Gmail, Yahoo and
// others). Phrases are lower case and matched as substrings of the folded text; a phrase
// starting with "^" must begin the text; phrases of four letters or fewer must stand as words.
namespace ReasonPhrases {

struct Rule
{
    const char *reason;
    QList<const char *> phrases;
};

// Long phrases that name one reason whatever else the text says; tried first.
const QList<Rule> &precise();

// The rest, in an order where the more specific reasons come first: where a text holds phrases
// of two reasons, the earlier rule wins.
const QList<Rule> &broad();

} // namespace ReasonPhrases
} // namespace smtpref::Analysis
