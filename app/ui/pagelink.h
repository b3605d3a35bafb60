#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace smtpref {

// The links inside our pages. They use a scheme of their own (smtpref:code/530) so that a
// click is always ours to handle: the browser never navigates anywhere by itself.
struct PageLink
{
    enum class Action {
        OpenCode,    // smtpref:code/<code>
        Compare,     // smtpref:compare?a=<code>&b=<code>
        EditNote,    // smtpref:note/<code>
    };
    Action action = Action::OpenCode;
    QString codeA;
    QString codeB;

    static QUrl openCode(const QString &code);
    static QUrl compare(const QString &a, const QString &b);
    static QUrl editNote(const QString &code);
    // Nothing for a URL that is not one of ours.
    static std::optional<PageLink> parse(const QUrl &url);
};

} // namespace smtpref
