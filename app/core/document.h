#pragma once

#include "comparison.h"
#include "entry.h"

#include <QList>
#include <QString>

namespace smtpref {

// A page as a sequence of blocks, independent of how it is shown: the CLI prints it as
// wrapped text, "Copy" puts it on the clipboard as plain text or Markdown.
struct DocumentBlock
{
    enum class Kind {
        Title,     // the code and its title
        Subtitle,  // family, class
        Notice,    // a warning line (deprecated, shown in English)
        Section,   // a heading with a paragraph of text
        Field,     // a short labelled value
        Bullet,    // one item of a list under the preceding heading
        Heading,   // a heading on its own, followed by fields or bullets
    };
    Kind kind = Kind::Section;
    QString label;
    QString text;
};

using Document = QList<DocumentBlock>;

namespace Documents {

Document entry(const Entry &entry);
Document comparison(const Comparison &comparison);

// Plain text wrapped at width columns (0: no wrapping).
QString toPlainText(const Document &document, int width);
QString toMarkdown(const Document &document);

// Wraps text to width columns, each line indented; paragraphs separated by blank lines stay so.
QString wrap(const QString &text, int indent, int width);

} // namespace Documents
} // namespace smtpref
