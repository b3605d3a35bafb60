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

} // namespace smtpref
