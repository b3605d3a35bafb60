#include "sqliteuserstore.h"

#include "damagedfile.h"
#include "userstoreschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace smtpref {

namespace {

const QString memoryPath = QStringLiteral(":memory:");

// The time as stored: now, for data that brings none (or none that can be written).
QString stamp(const QDateTime &time)
{
    const QString text = timestampText(time);
    return text.isEmpty() ? timestampText(QDateTime::currentDateTimeUtc()) : text;
}

QString now()
{
    return stamp(QDateTime::currentDateTimeUtc());
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// The readers below keep every row read before an error, so salvage() gets what a damaged
// file still has; exportData() wants all or nothing and checks the error.
bool finished(const QSqlQuery &query, QSqlError *error)
{
    *error = query.lastError();
    return error->type() == QSqlError::NoError;
}

bool readCustomCodes(const QSqlDatabase &database, QList<CustomCode> *codes, QSqlError *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral(
            "SELECT code, title, description, when_seen, fix, who_acts, retry, retry_note, phases, refs,"
            " related, confused_with, updated_at FROM custom_code ORDER BY code"))) {
        return finished(query, error);
    }
    while (query.next()) {
        Entry entry;
        entry.code = query.value(0).toString();
        entry.title = query.value(1).toString();
        entry.description = query.value(2).toString();
        entry.when = query.value(3).toString();
        entry.fix = query.value(4).toString();
        entry.whoActs = whoActsFromId(query.value(5).toString()).value_or(WhoActs::Nobody);
        entry.retry = retryFromId(query.value(6).toString()).value_or(Retry::NotApplicable);
        entry.retryNote = query.value(7).toString();
        entry.phases = listFrom(query.value(8));
        entry.references = listFrom(query.value(9));
        entry.related = listFrom(query.value(10));
        entry.confusedWith = listFrom(query.value(11));
        entry.custom = true;
        codes->append({entry, timeFrom(query.value(12))});
    }
    return finished(query, error);
}

bool readNotes(const QSqlDatabase &database, QList<NoteRecord> *notes, QSqlError *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT code, text, updated_at FROM note ORDER BY code")))
        return finished(query, error);
    while (query.next())
        notes->append({query.value(0).toString(), query.value(1).toString(), timeFrom(query.value(2))});
    return finished(query, error);
}

bool readFavourites(const QSqlDatabase &database, QList<FavouriteRecord> *favourites, QSqlError *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT code, added_at FROM favourite ORDER BY added_at DESC, rowid DESC")))
        return finished(query, error);
    while (query.next())
        favourites->append({query.value(0).toString(), timeFrom(query.value(1))});
    return finished(query, error);
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

QSqlDatabase SqliteUserStore::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

bool SqliteUserStore::openFailed(SqliteFailure failure, const QString &details, QString *error)
{
    m_openFailure = failure;
    *error = SqliteFailures::unusableFile(failure, m_path, details);
    m_connection.reset();
    return false;
}

bool SqliteUserStore::open(const QString &path, QString *error)
{
    m_path = path;
    m_openFailure = SqliteFailure::None;
    m_connection = std::make_unique<SqlConnection>();
    if (path != memoryPath && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        return openFailed(SqliteFailure::CannotOpen,
                          QCoreApplication::translate("UserStore", "cannot create the folder %1")
                              .arg(QFileInfo(path).absolutePath()),
                          error);
    }
    QString connectionError;
    if (!m_connection->open(path, SqlConnection::Mode::ReadWrite, &connectionError)) {
        const SqliteFailure failure = SqliteFailures::classify(database().lastError());
        return openFailed(failure == SqliteFailure::None ? SqliteFailure::Other : failure, connectionError, error);
    }
    QSqlQuery query(database());
    // The busy timeout lets a writer wait its turn instead of failing at once; WAL lets two
    // windows (or two instances) read while one writes; synchronous=FULL makes a commit
    // durable once it returns.
    query.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs));
    // Reading the schema reads the file's first page: a file that is no database, or whose
    // header is damaged, is found here, before anything is written to it.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        const QSqlError sqlError = query.lastError();
        return openFailed(SqliteFailures::classify(sqlError), SqliteFailures::details(sqlError), error);
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && SqliteFailures::classify(query.lastError()) == SqliteFailure::Damaged) {
        return openFailed(SqliteFailure::Damaged, SqliteFailures::details(query.lastError()), error);
    }
    query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    query.finish();

    QString details;
    SqliteFailure failure = SqliteFailure::None;
    if (!UserStoreSchema::migrate(database(), &details, &failure)) {
        if (UserStoreSchema::fileVersion(database()) > UserStoreSchema::currentVersion())
            failure = SqliteFailure::TooNew;
        return openFailed(failure, details, error);
    }
    return true;
}

bool SqliteUserStore::replaceDamagedFile(QString *backupPath, int *salvaged, QString *error)
{
    const QString path = m_path;
    *salvaged = 0;
    const auto goOnInMemory = [this, error](const QString &why) {
        QString ignored;
        open(memoryPath, &ignored);
        *error = why;
        emit favouritesChanged();
        emit notesChanged();
        emit customCodesChanged();
        emit historyChanged();
        return false;
    };
    if (isInMemory())
        return goOnInMemory(QCoreApplication::translate("UserStore", "the data is kept in memory only"));
    m_connection.reset(); // the file is closed before it moves
    QString moveError;
    *backupPath = DamagedFile::moveAside(path, &moveError);
    if (backupPath->isEmpty())
        return goOnInMemory(moveError);
    QString openError;
    if (!open(path, &openError))
        return goOnInMemory(openError);
    const UserDataSet rescued = salvage(*backupPath);
    if (!rescued.isEmpty() && importData(rescued))
        *salvaged = int(rescued.customCodes.size() + rescued.notes.size() + rescued.favourites.size());
    emit favouritesChanged();
    emit notesChanged();
    emit customCodesChanged();
    emit historyChanged();
    return true;
}

UserDataSet SqliteUserStore::salvage(const QString &path)
{
    UserDataSet data;
    SqlConnection connection;
    QString error;
    if (!connection.open(path, SqlConnection::Mode::ReadOnly, &error))
        return data;
    QSqlError ignored;
    readCustomCodes(connection.database(), &data.customCodes, &ignored);
    readNotes(connection.database(), &data.notes, &ignored);
    readFavourites(connection.database(), &data.favourites, &ignored);
    return data;
}

bool SqliteUserStore::failed(const QSqlQuery &query) const
{
    return failed(query.lastError());
}

bool SqliteUserStore::failed(const QSqlError &error) const
{
    m_lastSqlError = error;
    m_lastError = error.text();
    return false;
}

// A read cannot lose anything, but a damaged file found while reading is set aside all
// the same: the signal is the store's to send, whatever the caller's constness.
void SqliteUserStore::reportReadFailure() const
{
    if (SqliteFailures::classify(m_lastSqlError) == SqliteFailure::Damaged)
        emit const_cast<SqliteUserStore *>(this)->damageFound(m_lastSqlError.text());
}

bool SqliteUserStore::inTransaction(const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase db = database();
    bool done = false;
    if (!db.isOpen()) {
        failed(QSqlError(QString(), QCoreApplication::translate("UserStore", "the data file is not open"),
                         QSqlError::ConnectionError));
    } else if (!db.transaction()) {
        failed(db.lastError());
    } else {
        QSqlQuery query(db);
        if (!work(query)) {
            query.finish();
            db.rollback();
        } else if (!db.commit()) {
            failed(db.lastError());
            db.rollback();
        } else {
            done = true;
        }
    }
    if (!done) {
        const SqliteFailure failure = SqliteFailures::classify(m_lastSqlError);
        m_lastError = SqliteFailures::unsavedChange(failure, SqliteFailures::details(m_lastSqlError));
        emit writeFailed(m_lastError);
        if (failure == SqliteFailure::Damaged)
            emit damageFound(m_lastSqlError.text());
    }
    return done;
}

QStringList SqliteUserStore::favourites() const
{
    QList<FavouriteRecord> records;
    QSqlError error;
    if (!readFavourites(database(), &records, &error)) {
        failed(error);
        reportReadFailure();
    }
    QStringList codes;
    for (const FavouriteRecord &record : std::as_const(records))
        codes.append(record.code);
    return codes;
}

bool SqliteUserStore::isFavourite(const QString &code) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM favourite WHERE code = ?"));
    query.addBindValue(code);
    if (query.exec())
        return query.next();
    failed(query);
    reportReadFailure();
    return false;
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
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT text FROM note WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        failed(query);
        reportReadFailure();
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
    if (done) {
        emit noteChanged(code);
        emit notesChanged();
    }
    return done;
}

QList<NoteRecord> SqliteUserStore::notes() const
{
    QList<NoteRecord> records;
    QSqlError error;
    if (!readNotes(database(), &records, &error)) {
        failed(error);
        reportReadFailure();
    }
    return records;
}

QList<CustomCode> SqliteUserStore::customCodes() const
{
    QList<CustomCode> codes;
    QSqlError error;
    if (!readCustomCodes(database(), &codes, &error)) {
        failed(error);
        reportReadFailure();
    }
    return codes;
}

QList<HistoryItem> SqliteUserStore::history(int limit) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT code_a, code_b, visited_at FROM history ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<HistoryItem> items;
    if (!query.exec()) {
        failed(query);
        reportReadFailure();
        return items;
    }
    while (query.next())
        items.append({query.value(0).toString(), query.value(1).toString(), timeFrom(query.value(2))});
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

bool SqliteUserStore::exportData(UserDataSet *data) const
{
    // One read transaction: the three lists are of one moment, whatever another window writes.
    QSqlDatabase db = database();
    UserDataSet read;
    QSqlError error;
    const bool done = db.transaction() && readCustomCodes(db, &read.customCodes, &error)
        && readNotes(db, &read.notes, &error) && readFavourites(db, &read.favourites, &error);
    if (!done) {
        failed(error.type() == QSqlError::NoError ? db.lastError() : error);
        db.rollback();
        reportReadFailure();
        return false;
    }
    db.commit();
    *data = read;
    return true;
}

bool SqliteUserStore::importData(const UserDataSet &data)
{
    const bool done = inTransaction([&](QSqlQuery &query) {
        query.prepare(QStringLiteral(
            "INSERT INTO custom_code (code, title, description, when_seen, fix, who_acts, retry, retry_note,"
            " phases, refs, related, confused_with, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (code) DO UPDATE SET title = excluded.title, description = excluded.description,"
            " when_seen = excluded.when_seen, fix = excluded.fix, who_acts = excluded.who_acts,"
            " retry = excluded.retry, retry_note = excluded.retry_note, phases = excluded.phases,"
            " refs = excluded.refs, related = excluded.related, confused_with = excluded.confused_with,"
            " updated_at = excluded.updated_at"));
        for (const CustomCode &code : data.customCodes) {
            const Entry &entry = code.entry;
            // A null QString binds as NULL; the columns hold '' for no text.
            for (const QString &text : {entry.code, entry.title, entry.description, entry.when, entry.fix})
                query.addBindValue(text.isNull() ? QString::fromLatin1("") : text);
            query.addBindValue(whoActsId(entry.whoActs));
            query.addBindValue(retryId(entry.retry));
            query.addBindValue(entry.retryNote.isNull() ? QString::fromLatin1("") : entry.retryNote);
            for (const QStringList *list : {&entry.phases, &entry.references, &entry.related, &entry.confusedWith})
                query.addBindValue(jsonList(*list));
            query.addBindValue(stamp(code.updated));
            if (!query.exec())
                return failed(query);
        }
        query.prepare(QStringLiteral(
            "INSERT INTO note (code, text, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"));
        for (const NoteRecord &note : data.notes) {
            query.addBindValue(note.code);
            query.addBindValue(note.text);
            query.addBindValue(stamp(note.updated));
            if (!query.exec())
                return failed(query);
        }
        // Oldest first, so rows added at the same moment keep their order (newest = last).
        query.prepare(QStringLiteral(
            "INSERT INTO favourite (code, added_at) VALUES (?, ?)"
            " ON CONFLICT (code) DO UPDATE SET added_at = excluded.added_at"));
        for (auto favourite = data.favourites.crbegin(); favourite != data.favourites.crend(); ++favourite) {
            query.addBindValue(favourite->code);
            query.addBindValue(stamp(favourite->added));
            if (!query.exec())
                return failed(query);
        }
        return true;
    });
    if (!done)
        return false;
    if (!data.customCodes.isEmpty())
        emit customCodesChanged();
    for (const NoteRecord &note : data.notes)
        emit noteChanged(note.code);
    if (!data.notes.isEmpty())
        emit notesChanged();
    if (!data.favourites.isEmpty())
        emit favouritesChanged();
    return true;
}

} // namespace smtpref
