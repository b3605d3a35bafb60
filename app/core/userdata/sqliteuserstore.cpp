#include "sqliteuserstore.h"

#include "userstoreschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace smtpref {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

SqliteUserStore::SqliteUserStore(QObject *parent)
    : UserStore(parent)
{
}

SqliteUserStore::~SqliteUserStore() = default;

QString SqliteUserStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("userdata.sqlite"));
}

bool SqliteUserStore::open(const QString &path, QString *error)
{
    m_path = path;
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_connection.open(path, SqlConnection::Mode::ReadWrite, error))
        return false;
    QSqlQuery pragma(m_connection.database());
    // WAL lets two windows (or two instances) read while one writes; the busy timeout lets
    // a writer wait its turn instead of failing at once.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=3000"));
    return UserStoreSchema::migrate(m_connection.database(), error);
}

bool SqliteUserStore::failed(const QSqlQuery &query) const
{
    m_lastError = query.lastError().text();
    return false;
}

bool SqliteUserStore::inTransaction(const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase database = m_connection.database();
    if (!database.transaction()) {
        m_lastError = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    if (!work(query)) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        m_lastError = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

QStringList SqliteUserStore::favourites() const
{
    QSqlQuery query(m_connection.database());
    QStringList codes;
    if (!query.exec(QStringLiteral("SELECT code FROM favourite ORDER BY added_at DESC, rowid DESC"))) {
        failed(query);
        return codes;
    }
    while (query.next())
        codes.append(query.value(0).toString());
    return codes;
}

bool SqliteUserStore::isFavourite(const QString &code) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM favourite WHERE code = ?"));
    query.addBindValue(code);
    return query.exec() ? query.next() : failed(query);
}

bool SqliteUserStore::setFavourite(const QString &code, bool favourite)
{
    const bool done = inTransaction([&](QSqlQuery &query) {
        if (favourite) {
            query.prepare(QStringLiteral("INSERT OR IGNORE INTO favourite (code, added_at) VALUES (?, ?)"));
            query.addBindValue(code);
            query.addBindValue(now());
        } else {
            query.prepare(QStringLiteral("DELETE FROM favourite WHERE code = ?"));
            query.addBindValue(code);
        }
        return query.exec() || failed(query);
    });
    if (done)
        emit favouritesChanged();
    return done;
}

QString SqliteUserStore::note(const QString &code) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT text FROM note WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        failed(query);
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool SqliteUserStore::setNote(const QString &code, const QString &text)
{
    const bool done = inTransaction([&](QSqlQuery &query) {
        if (text.trimmed().isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM note WHERE code = ?"));
            query.addBindValue(code);
        } else {
            query.prepare(QStringLiteral(
                "INSERT INTO note (code, text, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (code) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"));
            query.addBindValue(code);
            query.addBindValue(text);
            query.addBindValue(now());
        }
        return query.exec() || failed(query);
    });
    if (done)
        emit noteChanged(code);
    return done;
}

QList<HistoryItem> SqliteUserStore::history(int limit) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT code_a, code_b, visited_at FROM history ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<HistoryItem> items;
    if (!query.exec()) {
        failed(query);
        return items;
    }
    while (query.next()) {
        items.append({query.value(0).toString(), query.value(1).toString(),
                      QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return items;
}

bool SqliteUserStore::recordVisit(const QString &codeA, const QString &codeB)
{
    const bool done = inTransaction([&](QSqlQuery &query) {
        if (!query.exec(QStringLiteral("SELECT id, code_a, code_b FROM history ORDER BY id DESC LIMIT 1")))
            return failed(query);
        if (query.next() && query.value(1).toString() == codeA && query.value(2).toString() == codeB) {
            const qint64 id = query.value(0).toLongLong();
            query.prepare(QStringLiteral("UPDATE history SET visited_at = ? WHERE id = ?"));
            query.addBindValue(now());
            query.addBindValue(id);
            return query.exec() || failed(query);
        }
        // A null QString binds as NULL; a page without a second code stores ''.
        query.prepare(QStringLiteral("INSERT INTO history (code_a, code_b, visited_at) VALUES (?, COALESCE(?, ''), ?)"));
        query.addBindValue(codeA);
        query.addBindValue(codeB);
        query.addBindValue(now());
        if (!query.exec())
            return failed(query);
        query.prepare(QStringLiteral(
            "DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        query.addBindValue(historyCapacity);
        return query.exec() || failed(query);
    });
    if (done)
        emit historyChanged();
    return done;
}

bool SqliteUserStore::clearHistory()
{
    const bool done = inTransaction([this](QSqlQuery &query) {
        return query.exec(QStringLiteral("DELETE FROM history")) || failed(query);
    });
    if (done)
        emit historyChanged();
    return done;
}

} // namespace smtpref
