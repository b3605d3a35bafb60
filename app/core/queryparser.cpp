#include "queryparser.h"

#include "codeformat.h"
#include "textfold.h"

#include <QRegularExpression>

namespace smtpref::QueryParser {

namespace {

// Pieces of a pasted reply line: "550-5.7.26" (multi-line reply), "(#5.1.1)" (qmail),
// "<user@example.com>:" all split into their parts.
QStringList tokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;:()\\[\\]<>\"'#=]+"));
    static const QRegularExpression replyWithDash(QStringLiteral("^([2-5][0-9][0-9])-(.+)$"));
    QStringList result;
    const QStringList rough = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &token : rough) {
        const auto match = replyWithDash.match(token);
        if (match.hasMatch()) {
            result.append(match.captured(1));
            result.append(match.captured(2));
        } else {
            QString trimmed = token;
            while (trimmed.endsWith(QLatin1Char('.')))
                trimmed.chop(1);
            if (!trimmed.isEmpty())
                result.append(trimmed);
        }
    }
    return result;
}

std::optional<CodeQuery> wholeCode(const QString &token)
{
    if (CodeFormat::isReplyCode(token))
        return CodeQuery{CodeQuery::Kind::ReplyExact, token, 0};
    static const QRegularExpression classWildcard(QStringLiteral("^([2-5][0-9]?)[xX]{1,2}$"));
    if (const auto match = classWildcard.match(token); match.hasMatch()
        && match.capturedLength(0) <= 3) {
        return CodeQuery{CodeQuery::Kind::ReplyPrefix, match.captured(1), 0};
    }
    if (const auto enhanced = CodeFormat::parseEnhanced(token))
        return CodeQuery{CodeQuery::Kind::StatusExact, enhanced->subjectDetail(), enhanced->replyClass};
    return std::nullopt;
}

// Forms that are codes only when typed alone.
std::optional<CodeQuery> codePrefix(const QString &token)
{
    static const QRegularExpression replyPrefix(QStringLiteral("^[2-5][0-9]?$"));
    if (replyPrefix.match(token).hasMatch())
        return CodeQuery{CodeQuery::Kind::ReplyPrefix, token, 0};
    static const QRegularExpression statusPrefix(QStringLiteral("^([245xX])\\.([0-9]{1,3})\\.?$"));
    if (const auto match = statusPrefix.match(token); match.hasMatch()) {
        const QChar classChar = match.capturedView(1).front();
        return CodeQuery{CodeQuery::Kind::StatusPrefix,
                         QString::number(match.capturedView(2).toInt()),
                         classChar.isDigit() ? classChar.digitValue() : 0};
    }
    return std::nullopt;
}

} // namespace

ParsedQuery parse(const QString &text)
{
    ParsedQuery parsed;
    const QStringList parts = tokens(text);
    const auto addCode = [&parsed](const CodeQuery &code) {
        if (!parsed.codes.contains(code))
            parsed.codes.append(code);
    };
    if (parts.size() == 1) {
        if (const auto prefix = codePrefix(parts.front())) {
            addCode(*prefix);
            return parsed;
        }
    }
    for (const QString &part : parts) {
        if (const auto code = wholeCode(part))
            addCode(*code);
        else
            parsed.words += TextFold::words(part);
    }
    return parsed;
}

} // namespace smtpref::QueryParser
