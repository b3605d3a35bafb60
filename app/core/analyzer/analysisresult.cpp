#include "analysisresult.h"

namespace smtpref {

QString inputKindId(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty: return QStringLiteral("empty");
    case InputKind::Bounce: return QStringLiteral("bounce");
    case InputKind::AutoReply: return QStringLiteral("autoreply");
    case InputKind::Feedback: return QStringLiteral("feedback");
    case InputKind::Message: return QStringLiteral("message");
    case InputKind::Transcript: return QStringLiteral("transcript");
    case InputKind::Log: return QStringLiteral("log");
    case InputKind::ReplyText: return QStringLiteral("text");
    }
    return {};
}

bool isNegativeCode(const QString &reply, const QString &status)
{
    return reply.startsWith(QLatin1Char('4')) || reply.startsWith(QLatin1Char('5'))
           || status.startsWith(QLatin1Char('4')) || status.startsWith(QLatin1Char('5'));
}

const Finding *firstNegativeFinding(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (isNegativeCode(finding.reply, finding.status))
            return &finding;
    }
    return nullptr;
}

QString quotedText(const QString &text, qsizetype maxLength)
{
    return cutToLength(text.simplified(), maxLength);
}

QString cutToLength(const QString &simple, qsizetype maxLength)
{
    return simple.size() > maxLength ? simple.left(maxLength - 1) + QChar(0x2026) : simple;
}

} // namespace smtpref
