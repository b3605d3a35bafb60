#pragma once

#include "entry.h"

#include <QHash>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace smtpref {

// Pieces shared by every page we render into a QTextBrowser. Every text from the catalogue
// or the user goes through escaped() (or a helper that calls it): nothing arrives as markup.
namespace HtmlFragments {

// A whole page: a style sheet drawn from the palette (so dark palettes read as well as
// light ones; no colour is fixed but the reply-class swatches) around body.
QString page(const QString &body, const QPalette &palette);

QString escaped(const QString &text);
// Text of the catalogue or the user as a tooltip. Tooltips read anything that looks like
// markup as rich text: this is always rich text, with the text escaped inside it.
QString toolTip(const QString &text);
// Catalogue text separates paragraphs with blank lines; each becomes a <p>.
QString paragraphs(const QString &text);
// A link to each code, with its title where known: "535 Authentication failed".
QString codeLinks(const QStringList &codes, const QHash<QString, QString> &titles);
QString codeLink(const QString &code);
// A coloured swatch with the class pattern written in it ("5xx"), then words.
QString classBadge(int replyClass, Family family, const QString &words);
QString heading(const QString &text);

} // namespace HtmlFragments
} // namespace smtpref
