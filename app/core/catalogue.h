#pragma once

#include "entry.h"
#include "sqlconnection.h"

#include <QList>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace smtpref {

// A part of the catalogue as the browse outline shows it: a whole family, or one group of it
// (basic replies of one class, enhanced codes of one subject, one provider's replies), with
// how many entries it holds of each reply class, so a filter by class can be applied to it
// without reading the entries.
struct OutlineGroup
{
    Family family = Family::Basic;
    int number = 0;   // a group's class (basic) or subject digit (enhanced); otherwise 0
    QString provider; // a provider group's provider
    std::array<int, 6> entriesByClass{}; // by reply class 2..5; [0]: enhanced codes, of every class
    // The sort keys of its first and last entries: its entries are read from that range.
    QString firstKey;
    QString lastKey;
};

// Read access to a compiled catalogue file. Opened read-only: the catalogue is product
// data, never written by the app. Not thread-safe: each thread opens its own Catalogue.
//
// The user's own codes are compiled into a catalogue file of their own (CustomCatalogue).
// Opened beside the shipped one with openCustom(), its entries are found by lookup() and
// entry() after the shipped ones, so every page can show them; listing, summaries and
// search stay with one file each (CombinedSearch merges the two searches).
class Catalogue
{
public:
    Catalogue();
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // Where the catalogue is looked for when none is given: beside the executable (build
    // tree), then ../share/smtpref/ (installed).
    static QString defaultPath();

    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_connection.database(); }

    // True for a file compiled from the user's own codes: its entries are marked custom.
    bool isCustom() const { return m_isCustom; }

    // Opens (again: the file is replaced whenever the codes change) the user's own codes.
    bool openCustom(const QString &path, QString *error);
    const Catalogue *custom() const { return m_custom.get(); }

    // A value of the file's meta table ("schema_version", "source_digest" ...); empty if none.
    QString meta(const QString &key) const;

    // Languages the catalogue has text in; English always first.
    QStringList languages() const { return m_languages; }
    int entryCount() const;

    // The entry with exactly this catalogue code ("530", "X.7.1", "Gmail 550 5.7.26"), or
    // the user's own code of that name.
    std::optional<Entry> entry(const QString &code, const QString &language) const;

    // The entry a person means by the code they typed: "530"; "5.7.1", "4.7.1" and "x.7.1"
    // all give X.7.1 (with the class they named); provider codes in any letter case. The
    // shipped entries first, then the user's own codes.
    std::optional<Entry> lookup(const QString &typed, const QString &language) const;
    // The shipped entry's code for a code as typed, if the shipped catalogue has it (the
    // user's own codes are not asked): the codes a custom code may not take.
    std::optional<QString> shippedCode(const QString &typed) const;

    // Every entry, or one family's, in catalogue order.
    QList<EntrySummary> list(std::optional<Family> family, const QString &language) const;

    // The outline, read a level at a time as it is opened (a catalogue may hold thousands of
    // providers): the families, each as the one group of all its entries (no keys); the
    // groups of one family, in catalogue order (of each group's first entry); the entries of
    // one group of the given reply classes, in catalogue order.
    QList<OutlineGroup> outlineFamilies() const;
    QList<OutlineGroup> outlineGroups(Family family) const;
    QList<EntrySummary> outlineEntries(const OutlineGroup &group, const QList<int> &replyClasses,
                                       const QString &language) const;

    // Summaries of the given entries (by id), titles in the language, English where missing.
    QList<EntrySummary> summaries(const QList<qint64> &ids, const QString &language) const;
    // The titles of entries by their exact catalogue codes (the user's own codes too), in the
    // language with English where missing, all read in one statement per file: lists of the
    // user's pages name hundreds of codes. Codes not found are left out.
    QHash<QString, QString> titles(const QStringList &codes, const QString &language) const;

    // The curated note on two codes, either order; empty if there is none.
    QString pairNote(const QString &a, const QString &b, const QString &language) const;

private:
    std::optional<Entry> ownEntry(const QString &code, const QString &language) const;
    std::optional<Entry> ownLookup(const QString &typed, const QString &language) const;
    std::optional<Entry> readEntry(qint64 id, const QString &language) const;
    std::optional<qint64> idOfCode(const QString &code) const;
    QHash<QString, QString> ownTitles(const QStringList &codes, const QString &language) const;

    SqlConnection m_connection;
    QString m_path;
    QStringList m_languages;
    bool m_isCustom = false;
    std::unique_ptr<Catalogue> m_custom;
};

} // namespace smtpref
