#include "codeformat.h"

#include <QRegularExpression>

namespace smtpref {

QString EnhancedCode::key() const
{
    return QStringLiteral("X.%1.%2").arg(subject).arg(detail);
}

QString EnhancedCode::subjectDetail() const
{
    return QStringLiteral("%1.%2").arg(subject).arg(detail);
}

namespace CodeFormat {

bool isReplyCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[2-5][0-9][0-9]$"));
    return pattern.match(text).hasMatch();
}

std::optional<EnhancedCode> parseEnhanced(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([245xX])\\.([0-9]{1,3})\\.([0-9]{1,3})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QChar classChar = match.capturedView(1).front();
    EnhancedCode code;
    code.replyClass = classChar.isDigit() ? classChar.digitValue() : 0;
    code.subject = match.capturedView(2).toInt();
    code.detail = match.capturedView(3).toInt();
    return code;
}

QString withClass(const QString &enhancedKey, int replyClass)
{
    if (!enhancedKey.startsWith(QLatin1Char('X')) || replyClass == 0)
        return enhancedKey;
    return QString::number(replyClass) + enhancedKey.mid(1);
}

QString sortKey(const QString &code, const QString &provider, const QString &reply,
                const QString &status)
{
    if (const auto enhanced = parseEnhanced(code); enhanced && provider.isEmpty()) {
        return QStringLiteral("2-%1-%2")
            .arg(enhanced->subject, 3, 10, QLatin1Char('0'))
            .arg(enhanced->detail, 3, 10, QLatin1Char('0'));
    }
    if (provider.isEmpty())
        return QStringLiteral("1-") + code;
    QString statusKey;
    if (const auto enhanced = parseEnhanced(status)) {
        statusKey = QStringLiteral("%1-%2")
                        .arg(enhanced->subject, 3, 10, QLatin1Char('0'))
                        .arg(enhanced->detail, 3, 10, QLatin1Char('0'));
    }
    return QStringLiteral("3-%1-%2-%3-%4").arg(provider.toCaseFolded(), reply, statusKey, code);
}

} // namespace CodeFormat
} // namespace smtpref
