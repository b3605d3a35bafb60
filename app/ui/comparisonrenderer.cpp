#include "comparisonrenderer.h"

#include "htmlfragments.h"
#include "labels.h"

namespace smtpref {

namespace {

using namespace HtmlFragments;

QString differencesTable(const Comparison &comparison)
{
    if (comparison.differences.isEmpty())
        return {};
    QString rows = QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>")
                       .arg(escaped(comparison.a.displayCode()), escaped(comparison.b.displayCode()));
    for (const Difference &difference : comparison.differences) {
        rows += QStringLiteral("<tr><td class=\"label\" valign=\"top\" width=\"18%\">%1</td>"
                               "<td valign=\"top\" width=\"41%\">%2</td><td valign=\"top\" width=\"41%\">%3</td></tr>")
                    .arg(escaped(difference.label), escaped(difference.a), escaped(difference.b));
    }
    return heading(Labels::sectionName(Section::Differences))
        + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">%1</table>").arg(rows);
}

QString listSection(Section section, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = heading(Labels::sectionName(section)) + QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

QString sharedLine(const Comparison &comparison)
{
    QStringList facts;
    for (const Difference &same : comparison.shared)
        facts.append(QStringLiteral("<b>%1:</b> %2").arg(escaped(same.label), escaped(same.a)));
    if (facts.isEmpty())
        return {};
    return heading(Labels::sectionName(Section::Shared)) + QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
}

// One aligned row: the section's name across both columns, then each side's text.
QString sideBySideRow(const QString &label, const QString &htmlA, const QString &htmlB)
{
    if (htmlA.isEmpty() && htmlB.isEmpty())
        return {};
    const QString none = QStringLiteral("<span class=\"muted\">—</span>");
    return QStringLiteral("<tr><td class=\"section\" colspan=\"2\">%1</td></tr>"
                          "<tr><td valign=\"top\" width=\"50%\">%2</td><td valign=\"top\" width=\"50%\">%3</td></tr>")
        .arg(escaped(label), htmlA.isEmpty() ? none : htmlA, htmlB.isEmpty() ? none : htmlB);
}

QString retryText(const Entry &entry)
{
    QString html = escaped(Labels::retryName(entry.retry));
    if (!entry.retryNote.isEmpty())
        html += QStringLiteral("<br>") + escaped(entry.retryNote);
    return html;
}

QString headerCell(const Entry &entry)
{
    return QStringLiteral("<td valign=\"top\" width=\"50%\"><b><span class=\"code\" style=\"font-size: large;\">%1</span></b>"
                          "&nbsp; <b>%2</b><br>%3</td>")
        .arg(codeLink(entry.displayCode()), escaped(entry.title),
             classBadge(entry.replyClass, entry.family, Labels::familyName(entry.family)));
}

QString sideBySide(const Comparison &comparison)
{
    const Entry &a = comparison.a;
    const Entry &b = comparison.b;
    QString rows = QStringLiteral("<tr>%1%2</tr>").arg(headerCell(a), headerCell(b));
    const auto text = [&rows](Section section, const QString &textA, const QString &textB) {
        rows += sideBySideRow(Labels::sectionName(section), paragraphs(textA), paragraphs(textB));
    };
    const auto html = [&rows](Section section, const QString &htmlA, const QString &htmlB) {
        rows += sideBySideRow(Labels::sectionName(section), htmlA, htmlB);
    };
    const auto references = [](const Entry &entry) {
        return escaped(entry.references.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    text(Section::Meaning, a.description, b.description);
    text(Section::Warning, a.warning, b.warning);
    text(Section::When, a.when, b.when);
    text(Section::Fix, a.fix, b.fix);
    html(Section::WhoActs, escaped(Labels::whoActsName(a.whoActs)), escaped(Labels::whoActsName(b.whoActs)));
    html(Section::Retry, retryText(a), retryText(b));
    html(Section::Phase, escaped(Labels::phaseNames(a.phases)), escaped(Labels::phaseNames(b.phases)));
    html(Section::References, references(a), references(b));
    html(Section::Related, codeLinks(a.related, {}), codeLinks(b.related, {}));
    html(Section::ConfusedWith, codeLinks(a.confusedWith, {}), codeLinks(b.confusedWith, {}));
    html(Section::Source, escaped(a.source), escaped(b.source));
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top: 16px;\">"
                          "%1</table>")
        .arg(rows);
}

} // namespace

QString ComparisonRenderer::page(const Comparison &comparison, const QPalette &palette)
{
    QString body = QStringLiteral("<h1>%1</h1>")
                       .arg(escaped(tr("%1 compared with %2", "heading of a comparison; two codes").arg(comparison.a.displayCode(), comparison.b.displayCode())));
    body += differencesTable(comparison);
    body += listSection(Section::Relations, comparison.relations);
    for (const QString &note : comparison.notes)
        body += heading(Labels::sectionName(Section::Notes)) + paragraphs(note);
    body += sharedLine(comparison);
    body += sideBySide(comparison);
    return HtmlFragments::page(body, palette);
}

QString ComparisonRenderer::pickPage(const QPalette &palette)
{
    return HtmlFragments::page(
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(escaped(tr("Compare two codes", "heading shown until both codes are chosen")),
                 escaped(tr("Type or pick a code in each field above: the page sets them side by side, section "
                            "by section, with what tells them apart on top."))),
        palette);
}

} // namespace smtpref
