#pragma once

#include <QSqlDatabase>
#include <QString>

namespace smtpref {

// Owns one uniquely named QSqlDatabase connection for the lifetime of the object.
// A Qt SQL connection belongs to the thread that made it, so each thread that reads
// the catalogue makes its own SqlConnection.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Opens (ReadWrite: creates) the SQLite file; on failure says why in *error.
    bool open(const QString &path, Mode mode, QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace smtpref
