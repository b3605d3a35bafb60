#pragma once

#include <QStringList>

namespace smtpref::CatalogueSchema {

// Bumped whenever the tables below change; a reader refuses other versions.
constexpr int version = 2;

// entry_fts rows are numbered by entry and language: rowid = entry id * languageSlots + the
// language's place in meta "languages" (English 0). A search then learns both from the rowid
// alone and never reads the row itself, and reaches an entry's rows directly.
constexpr qint64 languageSlots = 64;
constexpr qint64 ftsRowid(qint64 entryId, int languageIndex) { return entryId * languageSlots + languageIndex; }
constexpr qint64 entryOfFtsRowid(qint64 rowid) { return rowid / languageSlots; }

// The statements that create an empty catalogue.
const QStringList &createStatements();

} // namespace smtpref::CatalogueSchema
