#pragma once

#include "entry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace smtpref {

// A curated note on two codes that are easily confused.
struct PairNote
{
    QString a;
    QString b;
    QString note;
};

// The catalogue as written under resources/catalogue/ (format in its README.md), read and
// checked. English files carry the structure; translations carry text only, keyed by code.
class CatalogueSource
{
public:
    // Reads every file below dir. Returns false and fills *errors ("file: code: field: what")
    // when anything breaks the rules; the catalogue is then not to be built.
    bool load(const QString &dir, QStringList *errors);

    const QList<Entry> &entries() const { return m_entries; }
    // Language code -> code -> text-only entry (title, description, when, fix, retry note, warning).
    const QMap<QString, QHash<QString, Entry>> &translations() const { return m_translations; }
    // Language code -> notes; "en" always present.
    const QMap<QString, QList<PairNote>> &pairNotes() const { return m_pairNotes; }

private:
    void loadEntries(const QString &path, Family family, QStringList *errors);
    void loadTranslation(const QString &path, const QString &language, QStringList *errors);
    void loadPairs(const QString &path, const QString &language, QStringList *errors);
    void checkReferences(QStringList *errors) const;

    QList<Entry> m_entries;
    QMap<QString, QHash<QString, Entry>> m_translations;
    QMap<QString, QList<PairNote>> m_pairNotes;
};

} // namespace smtpref
