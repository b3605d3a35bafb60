#include "htmlfragments.h"

#include "pagelink.h"
#include "replyclassstyle.h"

#include <QRegularExpression>

namespace smtpref::HtmlFragments {

namespace {

// A colour between two palette roles, for muted text and rules that suit any palette.
QString mixed(const QColor &a, const QColor &b, qreal share)
{
    const auto channel = [share](int x, int y) { return int(x * (1 - share) + y * share); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()))
        .name();
}

} // namespace

QString page(const QString &body, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QString styleSheet =
        QStringLiteral(
            "body { color: %1; }"
            "a { color: %2; }"
            "h1 { font-size: x-large; margin-bottom: 2px; }"
            "h2 { font-size: medium; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
            ".code { font-family: monospace; }"
            ".muted { color: %3; }"
            ".notice { background-color: %4; }"
            ".note { background-color: %4; }"
            // Labels in the first column line up with the headings above the table.
            "td.label { color: %3; font-weight: bold; padding-left: 0px; }"
            "td.section { color: %3; font-weight: bold; border-top: 1px solid %5; padding-top: 8px; }"
            "th { text-align: left; background-color: %4; }"
            "table.grid { border-color: %5; }")
            .arg(text.name(), palette.color(QPalette::Link).name(), mixed(text, base, 0.35),
                 mixed(palette.color(QPalette::AlternateBase), palette.color(QPalette::Highlight), 0.12),
                 mixed(text, base, 0.75));
    return QStringLiteral("<html><head><style>%1</style></head><body>%2</body></html>").arg(styleSheet, body);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(escaped(text));
}

QString paragraphs(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        html += QStringLiteral("<p>") + escaped(paragraph.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</p>");
    }
    return html;
}

QString codeLink(const QString &code)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(PageLink::openCode(code).toString(QUrl::FullyEncoded)), escaped(code));
}

QString codeLinks(const QStringList &codes, const QHash<QString, QString> &titles)
{
    QStringList items;
    for (const QString &code : codes) {
        const QString title = titles.value(code);
        items.append(title.isEmpty() ? codeLink(code)
                                     : codeLink(code) + QStringLiteral(" <span class=\"muted\">%1</span>")
                                                            .arg(escaped(title)));
    }
    return items.join(QStringLiteral("<br>"));
}

QString classBadge(int replyClass, Family family, const QString &words)
{
    return QStringLiteral("<span style=\"background-color: %1; color: %2; font-weight: bold;\">&nbsp;%3&nbsp;</span>"
                          "&nbsp;%4")
        .arg(ReplyClassStyle::colour(replyClass).name(), ReplyClassStyle::textColourOn(replyClass).name(),
             escaped(ReplyClassStyle::pattern(replyClass, family)), escaped(words));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

} // namespace smtpref::HtmlFragments
