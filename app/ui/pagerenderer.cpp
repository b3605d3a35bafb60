#include "pagerenderer.h"

#include "htmlfragments.h"
#include "labels.h"
#include "pagelink.h"

namespace smtpref {

namespace {

using namespace HtmlFragments;

QString subtitle(const Entry &entry)
{
    // The family of the user's own code is only what its code looks like: the badge says more.
    QStringList parts{entry.custom ? QStringLiteral("<b>%1</b>").arg(escaped(Labels::customBadge()))
                                   : escaped(Labels::familyName(entry.family))};
    if (entry.family == Family::Provider && !entry.provider.isEmpty())
        parts.append(escaped(entry.provider));
    if (entry.family == Family::Enhanced && entry.replyClass != 0)
        parts.append(QStringLiteral("<span class=\"code\">%1</span>").arg(escaped(entry.code)));
    return classBadge(entry.replyClass, entry.family, Labels::className(entry.replyClass, entry.family))
        + QStringLiteral(" &nbsp;·&nbsp; ") + parts.join(QStringLiteral(" · "));
}

QString factRow(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return {};
    return QStringLiteral("<tr><td class=\"label\" valign=\"top\" width=\"22%\">%1</td><td valign=\"top\">%2</td></tr>")
        .arg(escaped(label), html);
}

QString compareLinks(const Entry &entry, const QStringList &codes)
{
    QStringList links;
    for (const QString &code : codes) {
        links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(escaped(PageLink::compare(entry.code, code).toString(QUrl::FullyEncoded)),
                              escaped(PageRenderer::tr("Compare %1 with %2", "link on a code's page")
                                          .arg(entry.displayCode(), code))));
    }
    return links.join(QStringLiteral("<br>"));
}

// The person's note, escaped like all their text, and the link to write or change it.
QString noteSection(const QString &code, const QString &note)
{
    QString html = heading(PageRenderer::tr("Your note", "section heading: the user's own note on a code"));
    if (!note.trimmed().isEmpty())
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr><td class=\"note\">%1</td></tr></table>")
                    .arg(paragraphs(note));
    html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(escaped(PageLink::editNote(code).toString(QUrl::FullyEncoded)),
                     escaped(note.trimmed().isEmpty() ? PageRenderer::tr("Add a note…", "link on a code's page")
                                                      : PageRenderer::tr("Edit the note…", "link on a code's page")));
    return html;
}

} // namespace

QString PageRenderer::entryPage(const EntryPage &page, const QPalette &palette)
{
    const Entry &entry = page.entry;
    QString body = QStringLiteral("<h1><span class=\"code\">%1</span>&nbsp; %2%3</h1>")
                       .arg(escaped(entry.displayCode()), escaped(entry.title),
                            page.favourite ? QStringLiteral(" <span class=\"muted\">★</span>") : QString());
    body += QStringLiteral("<p>%1</p>").arg(subtitle(entry));
    if (entry.custom)
        body += QStringLiteral("<p class=\"notice\">%1</p>").arg(escaped(Labels::customNotice()));
    if (entry.deprecated)
        body += QStringLiteral("<p class=\"notice\">%1</p>").arg(escaped(tr("Deprecated in the IANA registry.")));
    if (!entry.untranslated.isEmpty()) {
        body += QStringLiteral("<p class=\"notice\">%1</p>")
                    .arg(escaped(tr("Parts of this page are not translated yet and are shown in English.")));
    }

    const auto section = [&body](Section name, const QString &text) {
        if (!text.trimmed().isEmpty())
            body += heading(Labels::sectionName(name)) + paragraphs(text);
    };
    section(Section::Meaning, entry.description);
    section(Section::Warning, entry.warning);
    section(Section::When, entry.when);
    section(Section::Fix, entry.fix);

    QString retry = escaped(Labels::retryName(entry.retry));
    if (!entry.retryNote.isEmpty())
        retry += QStringLiteral("<br>") + escaped(entry.retryNote);
    QString facts;
    facts += factRow(Labels::sectionName(Section::WhoActs), escaped(Labels::whoActsName(entry.whoActs)));
    facts += factRow(Labels::sectionName(Section::Retry), retry);
    facts += factRow(Labels::sectionName(Section::Phase), escaped(Labels::phaseNames(entry.phases)));
    facts += factRow(Labels::sectionName(Section::References),
                     escaped(entry.references.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    facts += factRow(Labels::sectionName(Section::Related), codeLinks(entry.related, page.titles));
    facts += factRow(Labels::sectionName(Section::ConfusedWith), codeLinks(entry.confusedWith, page.titles));
    facts += factRow(Labels::sectionName(Section::Source), escaped(entry.source));
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 12px;\">%1</table>")
                .arg(facts);

    QStringList comparable = entry.confusedWith;
    for (const QString &code : entry.related) {
        if (!comparable.contains(code))
            comparable.append(code);
    }
    body += heading(tr("Compare", "section heading on a code's page"));
    body += QStringLiteral("<p>%1%2<a href=\"%3\">%4</a></p>")
                .arg(compareLinks(entry, comparable), comparable.isEmpty() ? QString() : QStringLiteral("<br>"),
                     escaped(PageLink::compare(entry.code, QString()).toString(QUrl::FullyEncoded)),
                     escaped(tr("Compare with another code…", "link on a code's page")));

    body += noteSection(entry.code, page.note);
    return HtmlFragments::page(body, palette);
}

QString PageRenderer::startPage(int entryCount, const QList<KeyTip> &tips, const QPalette &palette)
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Look up an SMTP reply")));
    body += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Type a code (530, 5.7.1, 5xx), a few words (mailbox full), or paste a whole "
                                "reply line or bounce into the search field. Enter opens the selected code.")));
    body += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(escaped(tr("%n code(s) in the catalogue. With the search field empty, the list shows the "
                                "whole catalogue by family and class.", nullptr, entryCount)));
    QString rows;
    for (const KeyTip &tip : tips) {
        rows += QStringLiteral("<tr><td class=\"label\" width=\"30%\">%1</td><td>%2</td></tr>")
                    .arg(escaped(tip.keys), escaped(tip.what));
    }
    body += heading(tr("Keyboard", "heading of the keyboard tips on the start page"));
    body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    return HtmlFragments::page(body, palette);
}

QString PageRenderer::missingPage(const QString &code, const QString &note, const QPalette &palette)
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(escaped(code));
    if (note.trimmed().isEmpty())
        return HtmlFragments::page(body + QStringLiteral("<p>%1</p>").arg(escaped(tr("This code is not in the catalogue."))),
                                   palette);
    body += QStringLiteral("<p class=\"notice\">%1</p>")
                .arg(escaped(tr("This code is not in the current catalogue. Your note on it is kept.")));
    body += noteSection(code, note);
    return HtmlFragments::page(body, palette);
}

} // namespace smtpref
