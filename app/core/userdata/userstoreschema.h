#pragma once

#include "sqlitefailure.h"

#include <QSqlDatabase>
#include <QString>

namespace smtpref::UserStoreSchema {

// The version this program writes; PRAGMA user_version holds the version of a file.
//   1: favourite, note, history
//   2: custom_code (the user's own codes)
int currentVersion();

// The file's PRAGMA user_version; -1 when it cannot be read (the error is the database's).
int fileVersion(const QSqlDatabase &database);

// Brings the file up to currentVersion() by running, in one transaction, every migration
// step after the file's version. A file from a newer program is refused, never downgraded.
// *failure (optional) says what kind of trouble stopped it: a damaged file is set aside, a
// busy one never is.
bool migrate(QSqlDatabase database, QString *error, SqliteFailure *failure = nullptr);

// The same up to targetVersion only: how the tests make a file as an older smtpref did.
bool migrate(QSqlDatabase database, int targetVersion, QString *error, SqliteFailure *failure = nullptr);

} // namespace smtpref::UserStoreSchema
