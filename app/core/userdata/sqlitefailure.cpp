#include "sqlitefailure.h"

#include <QCoreApplication>
#include <QSqlError>

namespace smtpref::SqliteFailures {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt's driver reports extended codes, whose low
// byte is the primary one.
enum PrimaryCode {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

} // namespace

SqliteFailure classify(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return SqliteFailure::None;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return SqliteFailure::Other;
    switch (code) {
    case Corrupt:
    case NotADb:
        return SqliteFailure::Damaged;
    case Busy:
    case Locked:
        return SqliteFailure::Busy;
    case ReadOnly:
    case Perm:
        return SqliteFailure::ReadOnly;
    case Full:
        return SqliteFailure::DiskFull;
    case CantOpen:
        return SqliteFailure::CannotOpen;
    case IoErr:
        return SqliteFailure::InputOutput;
    }
    return SqliteFailure::Other;
}

QString details(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString unsavedChange(SqliteFailure failure, const QString &details)
{
    QString what;
    switch (failure) {
    case SqliteFailure::Busy:
        what = QCoreApplication::translate("SqliteFailures", "Your data is in use by another program (perhaps another smtpref), so this change was not "
                  "saved. Close the other program and try again.");
        break;
    case SqliteFailure::ReadOnly:
        what = QCoreApplication::translate("SqliteFailures", "The file or folder holding your data cannot be written, so this change was not saved.");
        break;
    case SqliteFailure::DiskFull:
        what = QCoreApplication::translate("SqliteFailures", "The disk is full, so this change was not saved. Free some space and try again.");
        break;
    case SqliteFailure::Damaged:
        what = QCoreApplication::translate("SqliteFailures", "Your data file is damaged, so this change was not saved. smtpref will set the damaged "
                  "file aside and start a fresh one.");
        break;
    case SqliteFailure::CannotOpen:
    case SqliteFailure::InputOutput:
        what = QCoreApplication::translate("SqliteFailures", "Your data could not be written to the disk, so this change was not saved.");
        break;
    case SqliteFailure::None:
    case SqliteFailure::TooNew:
    case SqliteFailure::Other:
        what = QCoreApplication::translate("SqliteFailures", "This change was not saved.");
        break;
    }
    return details.isEmpty() ? what : what + QStringLiteral(" (") + details + QLatin1Char(')');
}

QString unusableFile(SqliteFailure failure, const QString &path, const QString &details)
{
    QString what;
    switch (failure) {
    case SqliteFailure::Busy:
        what = QCoreApplication::translate("SqliteFailures", "%1 is in use by another program (perhaps another smtpref).");
        break;
    case SqliteFailure::ReadOnly:
    case SqliteFailure::CannotOpen:
        what = QCoreApplication::translate("SqliteFailures", "%1 cannot be created or written: its folder may be read-only or missing.");
        break;
    case SqliteFailure::DiskFull:
        what = QCoreApplication::translate("SqliteFailures", "%1 cannot be written: the disk is full.");
        break;
    case SqliteFailure::Damaged:
        what = QCoreApplication::translate("SqliteFailures", "%1 is damaged: it is not a sound SQLite database.");
        break;
    case SqliteFailure::InputOutput:
        what = QCoreApplication::translate("SqliteFailures", "%1 cannot be read or written: the disk reported an error.");
        break;
    case SqliteFailure::TooNew:
        what = QCoreApplication::translate("SqliteFailures", "%1 was written by a newer smtpref; it is left as it is.");
        break;
    case SqliteFailure::None:
    case SqliteFailure::Other:
        what = QCoreApplication::translate("SqliteFailures", "%1 cannot be used.");
        break;
    }
    what = what.arg(path);
    return details.isEmpty() ? what : what + QStringLiteral(" (") + details + QLatin1Char(')');
}

} // namespace smtpref::SqliteFailures
