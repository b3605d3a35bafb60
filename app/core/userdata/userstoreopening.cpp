#include "userstoreopening.h"

#include <QCoreApplication>

namespace smtpref {

namespace {

QString nothingKept()
{
    return QCoreApplication::translate("UserStore",
                                       "Until this is solved, smtpref works as usual but keeps your changes only "
                                       "until it is closed.");
}

// problem: what was found, naming the file (SqliteFailures::unusableFile).
QString movedAside(const QString &problem, const QString &backup, int salvaged)
{
    return QCoreApplication::translate("UserStore",
                                       "Your favourites, notes and own codes could not be read: %1\n\n"
                                       "The damaged file was moved aside, not deleted, to %2, and a fresh file was "
                                       "started. %n item(s) could be copied over from the damaged file.",
                                       nullptr, salvaged)
        .arg(problem, backup);
}

} // namespace

UserStoreOpening openUserStore(const QString &path)
{
    UserStoreOpening opening;
    opening.store = std::make_unique<SqliteUserStore>();
    QString error;
    if (opening.store->open(path, &error))
        return opening;
    opening.failure = opening.store->openFailure();
    if (opening.failure == SqliteFailure::Damaged) {
        int salvaged = 0;
        QString recoveryError;
        if (opening.store->replaceDamagedFile(&opening.backupPath, &salvaged, &recoveryError)) {
            opening.problem = movedAside(error, opening.backupPath, salvaged);
            return opening;
        }
        opening.keptInMemory = true;
        opening.problem = error + QStringLiteral("\n\n") + recoveryError + QStringLiteral("\n\n") + nothingKept();
        return opening;
    }
    QString ignored;
    opening.store->open(QStringLiteral(":memory:"), &ignored);
    opening.keptInMemory = true;
    opening.problem = QCoreApplication::translate("UserStore", "Your favourites, notes and own codes cannot be used: %1")
                          .arg(error)
        + QStringLiteral("\n\n") + nothingKept();
    return opening;
}

QString replaceDamagedUserData(SqliteUserStore &store, const QString &details)
{
    const QString problem = SqliteFailures::unusableFile(SqliteFailure::Damaged, store.path(), details);
    QString backup;
    int salvaged = 0;
    QString error;
    if (store.replaceDamagedFile(&backup, &salvaged, &error))
        return movedAside(problem, backup, salvaged);
    return problem + QStringLiteral("\n\n")
        + QCoreApplication::translate("UserStore", "It cannot be moved aside: %1").arg(error) + QStringLiteral("\n\n")
        + nothingKept();
}

} // namespace smtpref
