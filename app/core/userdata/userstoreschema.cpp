#include "userstoreschema.h"

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
    };
    return all;
}

int fileVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

int currentVersion()
{
    return int(steps().size());
}

bool migrate(QSqlDatabase database, QString *error)
{
    const int version = fileVersion(database);
    if (version < 0) {
        *error = database.lastError().text();
        return false;
    }
    if (version > currentVersion()) {
        *error = QCoreApplication::translate("UserStore",
                                             "The user data was written by a newer smtpref (version %1; this one knows %2).")
                     .arg(version)
                     .arg(currentVersion());
        return false;
    }
    if (version == currentVersion())
        return true;

    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    for (int step = version; step < currentVersion(); ++step) {
        for (const QString &statement : steps().at(step)) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                database.rollback();
                return false;
            }
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion())) || !database.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace smtpref::UserStoreSchema
