#pragma once

#include "sqliteuserstore.h"

#include <memory>

namespace smtpref {

// The user database as the program starts with it: the file, or when the file cannot be
// used, the best there is, with the person told why in plain words.
//   damaged              moved aside (never deleted), a fresh file started, and whatever
//                        could still be read from the damaged one copied into it
//   busy, read-only, full, written by a newer smtpref
//                        left exactly as it is; the program goes on with a store in memory
struct UserStoreOpening
{
    std::unique_ptr<SqliteUserStore> store; // never null
    QString problem;    // plain words for the person; empty when the file opened as it was
    QString backupPath; // where a damaged file was moved
    bool keptInMemory = false; // nothing will outlive the program
    SqliteFailure failure = SqliteFailure::None;
};

UserStoreOpening openUserStore(const QString &path);

// A store whose file was found damaged after it opened (the deferred integrity check, or
// a statement that met the damage): the file is set aside as openUserStore() does. Returns
// the words for the person.
QString replaceDamagedUserData(SqliteUserStore &store, const QString &details);

} // namespace smtpref
