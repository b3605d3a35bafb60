#pragma once

#include "sqlconnection.h"
#include "userstore.h"

#include <functional>

class QSqlQuery;

namespace smtpref {

// The user's data in an SQLite file of its own (never the catalogue, which an upgrade
// replaces). WAL journal, so a reader never waits for a writer; every write is one
// transaction; every value reaches SQL bound, never spliced into the statement.
// Lives in the thread that opened it, like its Qt SQL connection.
class SqliteUserStore : public UserStore
{
    Q_OBJECT

public:
    explicit SqliteUserStore(QObject *parent = nullptr);
    ~SqliteUserStore() override;

    // <AppDataLocation>/userdata.sqlite
    static QString defaultPath();

    // Opens or creates the file (and its folder) and migrates it to the current schema.
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }

    QStringList favourites() const override;
    bool isFavourite(const QString &code) const override;
    bool setFavourite(const QString &code, bool favourite) override;

    QString note(const QString &code) const override;
    bool setNote(const QString &code, const QString &text) override;

    QList<HistoryItem> history(int limit) const override;
    bool recordVisit(const QString &codeA, const QString &codeB) override;
    bool clearHistory() override;

    QString lastError() const override { return m_lastError; }

    // How many visits the history keeps; older ones are dropped as new ones come.
    static constexpr int historyCapacity = 1000;

private:
    // Runs work in one transaction: committed if it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool(QSqlQuery &)> &work);
    bool failed(const QSqlQuery &query) const;

    SqlConnection m_connection;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace smtpref
