#pragma once

#include <QString>

class QSqlError;

namespace smtpref {

// What kind of trouble an SQLite error is, so the person can be told in plain words and the
// program can react (a damaged file is set aside; a busy one is never touched).
enum class SqliteFailure {
    None,
    Damaged,     // SQLITE_CORRUPT, SQLITE_NOTADB: the file is not a sound database
    Busy,        // SQLITE_BUSY, SQLITE_LOCKED: another program holds the lock
    ReadOnly,    // SQLITE_READONLY, SQLITE_PERM: the file or its folder cannot be written
    DiskFull,    // SQLITE_FULL
    CannotOpen,  // SQLITE_CANTOPEN: no such folder, or a folder where the file should be
    InputOutput, // SQLITE_IOERR: the disk or file system failed
    TooNew,      // not SQLite's: the file was written by a newer smtpref (user_version)
    Other,
};

namespace SqliteFailures {

SqliteFailure classify(const QSqlError &error);
// SQLite's own words for an error ("database or disk is full"), without Qt's framing.
QString details(const QSqlError &error);

// Why a change to the user's data was not saved, in plain words, with SQLite's own words
// after it for whoever must fix it.
QString unsavedChange(SqliteFailure failure, const QString &details);

// Why a data file cannot be used at all, in plain words.
QString unusableFile(SqliteFailure failure, const QString &path, const QString &details);

} // namespace SqliteFailures
} // namespace smtpref
