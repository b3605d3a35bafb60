#pragma once

#include "entry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace smtpref {

// Times are kept and exchanged in UTC, ISO 8601 with milliseconds: "2024-05-01T09:30:00.000Z".
inline QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// One of the user's own codes: the catalogue's fields (code, title, description, when, fix,
// who acts, retry and its note, phases, references, related and confused codes).
struct CustomCode
{
    Entry entry;
    QDateTime updated;
};

struct NoteRecord
{
    QString code;
    QString text;
    QDateTime updated;
};

struct FavouriteRecord
{
    QString code;
    QDateTime added;
};

// What a person keeps that is worth moving between computers: what export writes and
// import reads (docs/user-data-schema.md). The history stays behind.
struct UserDataSet
{
    QList<CustomCode> customCodes;    // by code
    QList<NoteRecord> notes;          // by code
    QList<FavouriteRecord> favourites; // newest first

    bool isEmpty() const { return customCodes.isEmpty() && notes.isEmpty() && favourites.isEmpty(); }
};

} // namespace smtpref
