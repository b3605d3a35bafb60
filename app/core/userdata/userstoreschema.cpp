#include "userstoreschema.h"

#include "sqlitefailure.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace smtpref::UserStoreSchema {

namespace {

// Step n takes a file from version n to n + 1. Steps are only ever appended: a user's file
// may be at any earlier version, and each step must run on top of the ones before it.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 0 -> 1: favourites, notes, history.
        {QStringLiteral("CREATE TABLE favourite ("
                        " code TEXT PRIMARY KEY,"
                        " added_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE note ("
                        " code TEXT PRIMARY KEY,"
                        " text TEXT NOT NULL,"
                        " updated_at TEXT NOT NULL)"),
         // code_b is empty for a single code's page, the second code for a comparison.
         QStringLiteral("CREATE TABLE history ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " code_a TEXT NOT NULL,"
                        " code_b TEXT NOT NULL DEFAULT '',"
                        " visited_at TEXT NOT NULL)")},
        // 1 -> 2: the user's own codes, with the catalogue's fields. Lists are JSON arrays
        // of strings, so a reference holding a comma stays one reference.
        {QStringLiteral("CREATE TABLE custom_code ("
                        " code TEXT PRIMARY KEY,"
                        " title TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " when_seen TEXT NOT NULL DEFAULT '',"
                        " fix TEXT NOT NULL DEFAULT '',"
                        " who_acts TEXT NOT NULL DEFAULT 'nobody',"
                        " retry TEXT NOT NULL DEFAULT 'not_applicable',"
                        " retry_note TEXT NOT NULL DEFAULT '',"
                        " phases TEXT NOT NULL DEFAULT '[]',"
                        " refs TEXT NOT NULL DEFAULT '[]',"
                        " related TEXT NOT NULL DEFAULT '[]',"
                        " confused_with TEXT NOT NULL DEFAULT '[]',"
                        " updated_at TEXT NOT NULL)")},
    };
    return all;
}

} // namespace

int fileVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

int currentVersion()
{
    return int(steps().size());
}

bool migrate(QSqlDatabase database, QString *error, SqliteFailure *failure)
{
    return migrate(std::move(database), currentVersion(), error, failure);
}

bool migrate(QSqlDatabase database, int targetVersion, QString *error, SqliteFailure *failure)
{
    SqliteFailure ignored;
    if (!failure)
        failure = &ignored;
    *failure = SqliteFailure::Other;
    QSqlQuery query(database);
    const auto failed = [&](const QSqlError &sqlError) {
        *error = SqliteFailures::details(sqlError);
        *failure = SqliteFailures::classify(sqlError);
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    const int version = query.value(0).toInt();
    if (targetVersion < 0 || targetVersion > currentVersion()) {
        *error = QStringLiteral("no schema version %1").arg(targetVersion);
        return false;
    }
    if (version > currentVersion()) {
        *error = QCoreApplication::translate("UserStore",
                                             "The user data was written by a newer smtpref (version %1; this one knows %2).")
                     .arg(version)
                     .arg(currentVersion());
        return false;
    }
    *failure = SqliteFailure::None;
    if (version >= targetVersion)
        return true;

    query.finish();
    if (!database.transaction())
        return failed(database.lastError());
    for (int step = version; step < targetVersion; ++step) {
        for (const QString &statement : steps().at(step)) {
            if (!query.exec(statement)) {
                failed(query.lastError());
                database.rollback();
                return false;
            }
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion))) {
        failed(query.lastError());
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        failed(database.lastError());
        database.rollback();
        return false;
    }
    return true;
}

} // namespace smtpref::UserStoreSchema
