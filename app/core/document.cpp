#include "document.h"

#include "labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace smtpref::Documents {

namespace {

using Kind = DocumentBlock::Kind;

QString subtitleOf(const Entry &entry)
{
    QString subtitle = Labels::familyName(entry.family);
    if (entry.family == Family::Enhanced && entry.replyClass != 0)
        subtitle += QStringLiteral(" ") + entry.code;
    subtitle += QStringLiteral(" · ");
    if (entry.replyClass == 0) {
        subtitle += Labels::className(0, entry.family);
    } else {
        subtitle += QCoreApplication::translate("Documents", "class %1: %2")
                        .arg(entry.replyClass)
                        .arg(Labels::className(entry.replyClass, entry.family));
    }
    if (entry.family == Family::Provider)
        subtitle += QStringLiteral(" · ") + entry.provider;
    return subtitle;
}

void appendFacts(Document *document, const Entry &entry)
{
    const auto field = [document](Section section, const QString &text) {
        if (!text.isEmpty())
            document->append({Kind::Field, Labels::sectionName(section), text});
    };
    field(Section::WhoActs, Labels::whoActsName(entry.whoActs));
    field(Section::Retry, Labels::retryName(entry.retry) + QStringLiteral(". ") + entry.retryNote);
    field(Section::Phase, Labels::phaseNames(entry.phases));
    field(Section::References, entry.references.join(QStringLiteral("; ")));
    field(Section::Related, entry.related.join(QStringLiteral(", ")));
    field(Section::ConfusedWith, entry.confusedWith.join(QStringLiteral(", ")));
    field(Section::Source, entry.source);
}

// The page's names for the fields an Entry lists as untranslated.
QString fieldNames(const QStringList &fieldIds)
{
    const std::pair<const char *, Section> sections[] = {
        {"description", Section::Meaning}, {"when", Section::When}, {"fix", Section::Fix},
        {"retry_note", Section::Retry},    {"warning", Section::Warning}};
    QStringList names;
    for (const QString &id : fieldIds) {
        if (id == QLatin1String("title")) {
            names.append(QCoreApplication::translate("Documents", "title"));
            continue;
        }
        for (const auto &[name, section] : sections) {
            if (id == QLatin1String(name))
                names.append(Labels::sectionName(section));
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

Document entry(const Entry &entry)
{
    Document document;
    document.append({Kind::Title, entry.displayCode(), entry.title});
    document.append({Kind::Subtitle, QString(), subtitleOf(entry)});
    if (entry.custom)
        document.append({Kind::Notice, QString(), Labels::customNotice()});
    if (entry.deprecated) {
        document.append({Kind::Notice, QString(),
                         QCoreApplication::translate("Documents", "Deprecated in the IANA registry.")});
    }
    if (!entry.untranslated.isEmpty()) {
        document.append({Kind::Notice, QString(),
                         QCoreApplication::translate("Documents", "Not yet translated, shown in English: %1.")
                             .arg(fieldNames(entry.untranslated))});
    }
    document.append({Kind::Section, Labels::sectionName(Section::Meaning), entry.description});
    if (!entry.warning.isEmpty())
        document.append({Kind::Section, Labels::sectionName(Section::Warning), entry.warning});
    document.append({Kind::Section, Labels::sectionName(Section::When), entry.when});
    document.append({Kind::Section, Labels::sectionName(Section::Fix), entry.fix});
    appendFacts(&document, entry);
    return document;
}

Document comparison(const Comparison &comparison)
{
    const Entry &a = comparison.a;
    const Entry &b = comparison.b;
    Document document;
    document.append({Kind::Title, QCoreApplication::translate("Documents", "%1 vs %2")
                                      .arg(a.displayCode(), b.displayCode()),
                     QString()});
    document.append({Kind::Subtitle, QString(),
                     QStringLiteral("%1: %2 · %3: %4").arg(a.displayCode(), a.title, b.displayCode(), b.title)});

    if (!comparison.differences.isEmpty()) {
        document.append({Kind::Heading, Labels::sectionName(Section::Differences), QString()});
        for (const Difference &difference : comparison.differences) {
            document.append({Kind::Field, difference.label,
                             QStringLiteral("%1: %2 | %3: %4")
                                 .arg(a.displayCode(), difference.a, b.displayCode(), difference.b)});
        }
    }
    if (!comparison.shared.isEmpty()) {
        document.append({Kind::Heading, Labels::sectionName(Section::Shared), QString()});
        for (const Difference &same : comparison.shared)
            document.append({Kind::Field, same.label, same.a});
    }
    if (!comparison.relations.isEmpty()) {
        document.append({Kind::Heading, Labels::sectionName(Section::Relations), QString()});
        for (const QString &relation : comparison.relations)
            document.append({Kind::Bullet, QString(), relation});
    }
    for (const QString &note : comparison.notes)
        document.append({Kind::Section, Labels::sectionName(Section::Notes), note});

    for (const Entry *side : {&a, &b}) {
        document.append({Kind::Heading, QStringLiteral("%1 — %2").arg(side->displayCode(), side->title), QString()});
        document.append({Kind::Section, Labels::sectionName(Section::Meaning), side->description});
        document.append({Kind::Section, Labels::sectionName(Section::When), side->when});
        document.append({Kind::Section, Labels::sectionName(Section::Fix), side->fix});
    }
    return document;
}

QString wrap(const QString &text, int indent, int width)
{
    const QString margin(indent, QLatin1Char(' '));
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    QStringList lines;
    for (const QString &paragraph : paragraphs) {
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            lines.append(QString());
            continue;
        }
        if (width <= 0) {
            lines.append(margin + words.join(QLatin1Char(' ')));
            continue;
        }
        const int room = std::max(20, width - indent);
        QString line;
        for (const QString &word : words) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
                lines.append(margin + line);
                line.clear();
            }
            if (!line.isEmpty())
                line += QLatin1Char(' ');
            line += word;
        }
        lines.append(margin + line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString toPlainText(const Document &document, int width)
{
    // Field labels line up in one column, as wide as the longest label.
    qsizetype labelWidth = 0;
    for (const DocumentBlock &block : document) {
        if (block.kind == Kind::Field)
            labelWidth = std::max(labelWidth, block.label.size() + 1);
    }
    QStringList out;
    bool inFields = false;
    for (const DocumentBlock &block : document) {
        const bool field = block.kind == Kind::Field || block.kind == Kind::Bullet;
        if (!field && inFields)
            out.append(QString());
        inFields = field;
        switch (block.kind) {
        case Kind::Title:
            out.append(block.text.isEmpty() ? block.label : block.label + QStringLiteral("  ") + block.text);
            break;
        case Kind::Subtitle:
        case Kind::Notice:
            out.append(wrap(block.text, 0, width));
            out.append(QString());
            break;
        case Kind::Section:
            out.append(block.label);
            out.append(wrap(block.text, 2, width));
            out.append(QString());
            break;
        case Kind::Heading:
            out.append(block.label);
            break;
        case Kind::Field: {
            const QString label = (block.label + QLatin1Char(':')).leftJustified(labelWidth + 1);
            const QString wrapped = wrap(block.text, int(label.size()) + 2, width);
            out.append(QStringLiteral("  ") + label + wrapped.mid(label.size() + 2));
            break;
        }
        case Kind::Bullet:
            out.append(QStringLiteral("  - ") + wrap(block.text, 4, width).mid(4));
            break;
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString toMarkdown(const Document &document)
{
    QStringList out;
    bool inList = false;
    for (const DocumentBlock &block : document) {
        const bool listItem = block.kind == Kind::Field || block.kind == Kind::Bullet;
        if (!listItem && inList)
            out.append(QString());
        inList = listItem;
        switch (block.kind) {
        case Kind::Title:
            out.append(QStringLiteral("## ") + (block.text.isEmpty() ? block.label
                                                                     : block.label + QStringLiteral(" — ") + block.text));
            out.append(QString());
            break;
        case Kind::Subtitle:
            out.append(QLatin1Char('*') + block.text + QLatin1Char('*'));
            out.append(QString());
            break;
        case Kind::Notice:
            out.append(QStringLiteral("> ") + block.text);
            out.append(QString());
            break;
        case Kind::Section:
            out.append(QStringLiteral("### ") + block.label);
            out.append(QString());
            out.append(block.text);
            out.append(QString());
            break;
        case Kind::Heading:
            out.append(QStringLiteral("### ") + block.label);
            out.append(QString());
            break;
        case Kind::Field:
            out.append(QStringLiteral("- **%1:** %2").arg(block.label, block.text));
            break;
        case Kind::Bullet:
            out.append(QStringLiteral("- ") + block.text);
            break;
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace smtpref::Documents
