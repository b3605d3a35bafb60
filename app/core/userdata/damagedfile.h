#pragma once

#include <QDateTime>
#include <QString>

namespace smtpref::DamagedFile {

// Where a damaged file is kept: "<path>.corrupt-20240501-101500", with "-2", "-3" ... after
// it when that name is taken. Damaged files are never deleted: they may hold the only copy
// of someone's notes, and a specialist may get them back.
QString backupPath(const QString &path, const QDateTime &when = QDateTime::currentDateTime());

// Renames an SQLite file and its companions (-wal, -shm, -journal) to backupPath(path), so a
// fresh file can take its place. All or nothing: a companion left behind would be replayed
// into the fresh file. Returns the backup's path, or an empty string and *error.
QString moveAside(const QString &path, QString *error);

// Copies the file to backupPath(path) and leaves it where it is (the shipped catalogue,
// which belongs to the installation). Returns the copy's path, or an empty string and
// *error, e.g. when the folder is read-only.
QString copyAside(const QString &path, QString *error);

} // namespace smtpref::DamagedFile
