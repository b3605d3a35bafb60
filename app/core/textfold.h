#pragma once

#include <QString>
#include <QStringList>

namespace smtpref {

// One folding for indexing and for queries, so that they always meet.
// SQLite folds ASCII only and FTS5's unicode61 keeps ё apart from е: we fold ourselves.
namespace TextFold {

// Case-folded, ё→е, control characters turned into spaces.
QString fold(const QString &text);

// The words of folded text as FTS5's unicode61 tokenizer would split them
// (runs of letters and digits); every word is safe to quote in an FTS5 expression.
QStringList words(const QString &text);

} // namespace TextFold
} // namespace smtpref
