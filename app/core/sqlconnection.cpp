#include "sqlconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace smtpref {

namespace {
std::atomic<int> connectionCounter{0};
}

SqlConnection::SqlConnection()
    : m_name(QStringLiteral("smtpref-%1").arg(++connectionCounter))
{
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(const QString &path, Mode mode, QString *error)
{
    if (mode == Mode::ReadOnly && !QFileInfo(path).isFile()) {
        *error = QCoreApplication::translate("SqlConnection", "The file %1 does not exist.")
                     .arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_name)
        ? QSqlDatabase::database(m_name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QCoreApplication::translate("SqlConnection", "Cannot open %1: %2")
                     .arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace smtpref
