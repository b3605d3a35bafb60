#pragma once

#include <QString>

#include <optional>

namespace smtpref {

// An enhanced status code class.subject.detail (RFC 3463 §2); replyClass 0 stands for "X".
struct EnhancedCode
{
    int replyClass = 0;
    int subject = 0;
    int detail = 0;

    // "X.7.1": the catalogue key, whatever the class.
    QString key() const;
    // "7.1": what the catalogue indexes, so 4.7.1, 5.7.1 and X.7.1 meet.
    QString subjectDetail() const;
};

// Recognising and writing the code forms people type.
namespace CodeFormat {

// "530": a 3-digit reply code of class 2 to 5 (RFC 5321 §4.2).
bool isReplyCode(const QString &text);

// "5.7.1", "4.7.1", "2.0.0", "X.7.1" or "x.7.1". Subject and detail take 1 to 3 digits.
std::optional<EnhancedCode> parseEnhanced(const QString &text);

// "X.7.1" with class 5 gives "5.7.1".
QString withClass(const QString &enhancedKey, int replyClass);

// Orders entries as a reader expects: basic codes by number, enhanced codes by subject and
// detail numerically (X.7.9 before X.7.10), provider replies by provider then code.
QString sortKey(const QString &code, const QString &provider, const QString &reply,
                const QString &status);

} // namespace CodeFormat
} // namespace smtpref
