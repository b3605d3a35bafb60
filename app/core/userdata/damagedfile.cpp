#include "damagedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace smtpref::DamagedFile {

namespace {

// SQLite's files beside a database, moved with it; the database itself goes last.
const QStringList companions{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool taken(const QString &candidate)
{
    if (QFileInfo::exists(candidate))
        return true;
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(candidate + suffix))
            return true;
    }
    return false;
}

} // namespace

QString backupPath(const QString &path, const QDateTime &when)
{
    const QString base = path + QStringLiteral(".corrupt-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int number = 2; taken(candidate); ++number)
        candidate = base + QStringLiteral("-%1").arg(number);
    return candidate;
}

QString moveAside(const QString &path, QString *error)
{
    const QString backup = backupPath(path);
    QList<std::pair<QString, QString>> moves;
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(path + suffix))
            moves.append({path + suffix, backup + suffix});
    }
    moves.append({path, backup});

    QList<std::pair<QString, QString>> done;
    for (const auto &[from, to] : std::as_const(moves)) {
        QFile file(from);
        if (!file.rename(to)) {
            *error = QCoreApplication::translate("DamagedFile", "%1 cannot be moved aside to %2: %3")
                         .arg(from, to, file.errorString());
            for (const auto &[movedFrom, movedTo] : std::as_const(done))
                QFile::rename(movedTo, movedFrom);
            return {};
        }
        done.append({from, to});
    }
    return backup;
}

QString copyAside(const QString &path, QString *error)
{
    const QString backup = backupPath(path);
    QFile file(path);
    if (!file.copy(backup)) {
        *error = QCoreApplication::translate("DamagedFile", "%1 cannot be copied to %2: %3")
                     .arg(path, backup, file.errorString());
        return {};
    }
    return backup;
}

} // namespace smtpref::DamagedFile
