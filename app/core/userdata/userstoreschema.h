#pragma once

#include <QSqlDatabase>
#include <QString>

namespace smtpref::UserStoreSchema {

// The version this program writes; PRAGMA user_version holds the version of a file.
int currentVersion();

// Brings the file up to currentVersion() by running, in one transaction, every migration
// step after the file's version. A file from a newer program is refused, never downgraded.
bool migrate(QSqlDatabase database, QString *error);

} // namespace smtpref::UserStoreSchema
