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

    // The user's own codes as a catalogue of their own, marked custom (meta "origin") and
    // stamped with sourceDigest (meta "source_digest") to tell whether it is still up to
    // date. Their related and confused codes may name shipped codes, so no key is enforced.
    static bool buildCustom(const QList<Entry> &entries, const QString &sourceDigest,
                            const QString &path, QString *error);

private:
    static bool write(const QList<Entry> &entries,
                      const QMap<QString, QHash<QString, Entry>> &translations,
                      const QMap<QString, QList<PairNote>> &pairNotes,
                      const QList<std::pair<QString, QString>> &extraMeta, const QString &path,
                      QString *error);
};

} // namespace smtpref
