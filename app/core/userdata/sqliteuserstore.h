#pragma once

#include "sqlconnection.h"
#include "sqlitefailure.h"
#include "userstore.h"

#include <QSqlError>

#include <functional>
#include <memory>

class QSqlQuery;

namespace smtpref {

// The user's data in an SQLite file of its own (never the catalogue, which an upgrade
// replaces). WAL journal, so a reader never waits for a writer; every write is one
// transaction, committed with synchronous=FULL, so a crash or a kill loses at most the
// write in flight; every value reaches SQL bound, never spliced into the statement.
// Lives in the thread that opened it, like its Qt SQL connection.
class SqliteUserStore : public UserStore
{
    Q_OBJECT

public:
    explicit SqliteUserStore(QObject *parent = nullptr);
    ~SqliteUserStore() override;

    // <AppDataLocation>/userdata.sqlite
    static QString defaultPath();
    // How long a write waits for another program's lock before it gives up.
    static constexpr int busyTimeoutMs = 3000;

    // Opens or creates the file (and its folder) and migrates it to the current schema.
    // ":memory:" keeps everything in memory until the store is gone.
    bool open(const QString &path, QString *error);
    // What kind of trouble made the last open() fail. Only a Damaged file may be set aside
    // (replaceDamagedFile); a busy, read-only or newer one is left exactly as it is.
    SqliteFailure openFailure() const { return m_openFailure; }
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }

    // Moves the damaged file aside (DamagedFile::moveAside; never deleted), starts a fresh
    // file at the same path and copies into it what can still be read from the damaged one;
    // every change signal follows. *backupPath: where the damaged file went; *salvaged: how
    // many custom codes, notes and favourites were read back from it. When no fresh file
    // can be made the store goes on in memory, and false and *error say why.
    bool replaceDamagedFile(QString *backupPath, int *salvaged, QString *error);

    // Whatever can still be read from a file, table by table and row by row, without
    // writing to it: a damaged file gives what it has up to the damage.
    static UserDataSet salvage(const QString &path);

    QStringList favourites() const override;
    bool isFavourite(const QString &code) const override;
    bool setFavourite(const QString &code, bool favourite) override;

    QString note(const QString &code) const override;
    bool setNote(const QString &code, const QString &text) override;
    QList<NoteRecord> notes() const override;

    QList<CustomCode> customCodes() const override;

    QList<HistoryItem> history(int limit) const override;
    bool recordVisit(const QString &codeA, const QString &codeB) override;
    bool clearHistory() override;

    bool exportData(UserDataSet *data) const override;
    bool importData(const UserDataSet &data) override;

    QString lastError() const override { return m_lastError; }

    // How many visits the history keeps; older ones are dropped as new ones come.
    static constexpr int historyCapacity = 1000;

private:
    QSqlDatabase database() const;
    // Runs work in one transaction: committed if it returns true, rolled back otherwise;
    // a failure is announced by writeFailed (and damageFound for a damaged file).
    bool inTransaction(const std::function<bool(QSqlQuery &)> &work);
    // Records why a statement failed; always false, to end a chain of work.
    bool failed(const QSqlQuery &query) const;
    bool failed(const QSqlError &error) const;
    void reportReadFailure() const;
    bool openFailed(SqliteFailure failure, const QString &details, QString *error);

    std::unique_ptr<SqlConnection> m_connection;
    QString m_path;
    SqliteFailure m_openFailure = SqliteFailure::None;
    mutable QSqlError m_lastSqlError;
    mutable QString m_lastError;
};

} // namespace smtpref
