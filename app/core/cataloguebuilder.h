#pragma once

#include "cataloguesource.h"

#include <QString>

namespace smtpref {

// Compiles catalogue entries into the read-only SQLite file the app ships with.
// The file is written beside the target and renamed into place, so a failed build never
// leaves a half-written catalogue behind.
class CatalogueBuilder
{
public:
    static bool build(const CatalogueSource &source, const QString &path, QString *error);

    // The same from entries in memory (used by the benchmark for synthetic catalogues).
    static bool build(const QList<Entry> &entries,
                      const QMap<QString, QHash<QString, Entry>> &translations,
                      const QMap<QString, QList<PairNote>> &pairNotes, const QString &path,
                      QString *error);
};

} // namespace smtpref
