#pragma once

// Ways to damage a file the way disks, crashes and people do, for the tests of what the
// program does then.

#include "sqliteuserstore.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace smtpref::testing {

// A file that is no database at all.
inline bool writeGarbage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(8192, 'Z')) == 8192;
}

// A database's header with nothing sound after it.
inline bool writeBrokenHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a')) > 0;
}

// Overwrites length bytes at fraction (0..1) of the file with junk: the header and the first
// pages (the schema, the catalogue's meta table) stay sound, so the file opens, and only a
// page-by-page check finds the damage.
inline bool damagePages(const QString &path, double fraction, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 at = qMax<qint64>(4096 * 2, qint64(file.size() * fraction) / 4096 * 4096);
    length = qMin(length, file.size() - at);
    if (length <= 0 || !file.seek(at))
        return false;
    QByteArray junk(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        junk[i] = char((i * 131 + 17) % 251);
    return file.write(junk) == length;
}

// The program's own connection to the SQLite file at path (a SqlConnection, "smtpref-N"),
// of this thread: a test sets limits on it.
inline QSqlDatabase programConnection(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(QLatin1String("smtpref-")) && db.databaseName() == path)
            return db;
    }
    return {};
}

// The disk is full for the program's connection to path: SQLite's page limit is set to the
// pages the file has, so any write that needs one more fails with SQLITE_FULL, as on a full
// disk. makeRoom() lifts it.
inline bool fillDisk(const QString &path)
{
    QSqlQuery query(programConnection(path));
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
        return false;
    return query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt()));
}

inline bool makeRoom(const QString &path)
{
    return QSqlQuery(programConnection(path)).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
}

// A user database with this many notes (300 characters each) and a favourite: enough pages
// that damage in the middle of the file leaves its header and schema sound.
inline bool fillUserDatabase(const QString &path, int notes)
{
    SqliteUserStore store;
    QString error;
    if (!store.open(path, &error))
        return false;
    UserDataSet data;
    for (int i = 0; i < notes; ++i) {
        data.notes.append(NoteRecord{QStringLiteral("code-%1").arg(i, 4, 10, QLatin1Char('0')),
                                     QStringLiteral("Note %1 ").arg(i) + QString(300, QLatin1Char('n')), {}});
    }
    data.favourites.append(FavouriteRecord{QStringLiteral("530"), {}});
    return store.importData(data);
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace smtpref::testing
