#pragma once

#include "entry.h"
#include "sqlconnection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpref {

// Read access to a compiled catalogue file. Opened read-only: the catalogue is product
// data, never written by the app. Not thread-safe: each thread opens its own Catalogue.
class Catalogue
{
public:
    // Where the catalogue is looked for when none is given: beside the executable (build
    // tree), then ../share/smtpref/ (installed).
    static QString defaultPath();

    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_connection.database(); }

    // Languages the catalogue has text in; English always first.
    QStringList languages() const { return m_languages; }
    int entryCount() const;

    // The entry with exactly this catalogue code ("530", "X.7.1", "Gmail 550 5.7.26").
    std::optional<Entry> entry(const QString &code, const QString &language) const;

    // The entry a person means by the code they typed: "530"; "5.7.1", "4.7.1" and "x.7.1"
    // all give X.7.1 (with the class they named); provider codes in any letter case.
    std::optional<Entry> lookup(const QString &typed, const QString &language) const;

    // Every entry, or one family's, in catalogue order.
    QList<EntrySummary> list(std::optional<Family> family, const QString &language) const;

    // Summaries of the given entries (by id), titles in the language, English where missing.
    QList<EntrySummary> summaries(const QList<qint64> &ids, const QString &language) const;

    // The curated note on two codes, either order; empty if there is none.
    QString pairNote(const QString &a, const QString &b, const QString &language) const;

private:
    std::optional<Entry> readEntry(qint64 id, const QString &language) const;
    std::optional<qint64> idOfCode(const QString &code) const;

    SqlConnection m_connection;
    QString m_path;
    QStringList m_languages;
};

} // namespace smtpref
