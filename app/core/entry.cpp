#include "entry.h"

#include "codeformat.h"

#include <array>
#include <utility>

namespace smtpref {

namespace {

template<typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, id] : table) {
        if (candidate == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &id)
{
    for (const auto &[candidate, name] : table) {
        if (id == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Family, const char *>, 3> familyIds{{
    {Family::Basic, "basic"}, {Family::Enhanced, "enhanced"}, {Family::Provider, "provider"}}};

constexpr std::array<std::pair<WhoActs, const char *>, 5> whoActsIds{{
    {WhoActs::Nobody, "nobody"},
    {WhoActs::Sender, "sender"},
    {WhoActs::SenderAdmin, "sender_admin"},
    {WhoActs::RecipientAdmin, "recipient_admin"},
    {WhoActs::Recipient, "recipient"}}};

constexpr std::array<std::pair<Retry, const char *>, 4> retryIds{{
    {Retry::NotApplicable, "not_applicable"},
    {Retry::Automatic, "automatic"},
    {Retry::AfterFix, "after_fix"},
    {Retry::Never, "never"}}};

} // namespace

QString familyId(Family family) { return idOf(familyIds, family); }
QString whoActsId(WhoActs who) { return idOf(whoActsIds, who); }
QString retryId(Retry retry) { return idOf(retryIds, retry); }
std::optional<Family> familyFromId(const QString &id) { return valueOf(familyIds, id); }
std::optional<WhoActs> whoActsFromId(const QString &id) { return valueOf(whoActsIds, id); }
std::optional<Retry> retryFromId(const QString &id) { return valueOf(retryIds, id); }

const QStringList &knownPhases()
{
    static const QStringList phases{
        QStringLiteral("connection"), QStringLiteral("greeting"), QStringLiteral("EHLO"),
        QStringLiteral("STARTTLS"),   QStringLiteral("AUTH"),     QStringLiteral("MAIL"),
        QStringLiteral("RCPT"),       QStringLiteral("DATA"),     QStringLiteral("BDAT"),
        QStringLiteral("end_of_data"), QStringLiteral("QUIT"),    QStringLiteral("RSET"),
        QStringLiteral("VRFY"),       QStringLiteral("EXPN"),     QStringLiteral("HELP"),
        QStringLiteral("NOOP"),       QStringLiteral("ETRN"),     QStringLiteral("ATRN"),
        QStringLiteral("any"),        QStringLiteral("delivery")};
    return phases;
}

QString Entry::displayCode() const
{
    if (family == Family::Enhanced && replyClass != 0)
        return CodeFormat::withClass(code, replyClass);
    return code;
}

} // namespace smtpref
