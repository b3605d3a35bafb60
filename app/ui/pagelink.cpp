#include "pagelink.h"

#include <QUrlQuery>

namespace smtpref {

namespace {

const QString scheme = QStringLiteral("smtpref");
const QString codePrefix = QStringLiteral("code/");
const QString notePrefix = QStringLiteral("note/");
const QString comparePath = QStringLiteral("compare");

QUrl link(const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(path);
    return url;
}

} // namespace

QUrl PageLink::openCode(const QString &code)
{
    return link(codePrefix + code);
}

QUrl PageLink::editNote(const QString &code)
{
    return link(notePrefix + code);
}

QUrl PageLink::compare(const QString &a, const QString &b)
{
    // A query rather than a path: provider codes have spaces and could one day have slashes.
    QUrl url = link(comparePath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("a"), a);
    query.addQueryItem(QStringLiteral("b"), b);
    url.setQuery(query);
    return url;
}

std::optional<PageLink> PageLink::parse(const QUrl &url)
{
    if (url.scheme() != scheme)
        return std::nullopt;
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(codePrefix) && path.size() > codePrefix.size())
        return PageLink{Action::OpenCode, path.mid(codePrefix.size()), QString()};
    if (path.startsWith(notePrefix) && path.size() > notePrefix.size())
        return PageLink{Action::EditNote, path.mid(notePrefix.size()), QString()};
    if (path == comparePath) {
        const QUrlQuery query(url);
        const QString a = query.queryItemValue(QStringLiteral("a"), QUrl::FullyDecoded);
        const QString b = query.queryItemValue(QStringLiteral("b"), QUrl::FullyDecoded);
        if (!a.isEmpty())
            return PageLink{Action::Compare, a, b};
    }
    return std::nullopt;
}

} // namespace smtpref
