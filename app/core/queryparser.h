#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smtpref {

// A code the query names, in the form the catalogue indexes.
struct CodeQuery
{
    enum class Kind {
        ReplyExact,   // "530"
        ReplyPrefix,  // "53", "5", "5xx", "53x"
        StatusExact,  // "5.7.1", "x.7.1"
        StatusPrefix, // "5.7", "x.7"
    };
    Kind kind = Kind::ReplyExact;
    // Reply kinds: the digits ("530", "53"). Status kinds: subject.detail or subject ("7.1", "7").
    QString value;
    // Status kinds: the class typed (2, 4, 5), or 0 for X.
    int replyClass = 0;

    bool operator==(const CodeQuery &other) const
    {
        return kind == other.kind && value == other.value && replyClass == other.replyClass;
    }
};

struct ParsedQuery
{
    QList<CodeQuery> codes; // in the order they appear, without repeats
    QStringList words;      // folded free-text words, in order
    bool isEmpty() const { return codes.isEmpty() && words.isEmpty(); }
};

// Splits what a person typed or pasted into the codes it names and the words left over.
// A lone "53" or "5.7" is a code prefix; inside a longer text only whole codes count,
// so "line 5" in a pasted log does not turn into every 5xx reply.
namespace QueryParser {
ParsedQuery parse(const QString &text);
}

} // namespace smtpref
