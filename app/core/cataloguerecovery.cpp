#include "cataloguerecovery.h"

#include "catalogue.h"
#include "damagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace smtpref::CatalogueRecovery {

namespace {

// Copies the built-in catalogue out of the program (SQLite reads files, not resources),
// writing aside and renaming, so a reader never sees half a copy.
QString extract(const QString &source, const QString &cacheFolder, QString *error)
{
    if (!QDir().mkpath(cacheFolder)) {
        *error = QCoreApplication::translate("CatalogueRecovery", "cannot create the folder %1").arg(cacheFolder);
        return {};
    }
    const QString target = QDir(cacheFolder).filePath(QStringLiteral("builtin-catalogue-%1.sqlite")
                                                          .arg(QCoreApplication::applicationVersion()));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile file(source);
    if (!file.copy(partial)) {
        *error = QCoreApplication::translate("CatalogueRecovery", "cannot copy the built-in catalogue to %1: %2")
                     .arg(partial, file.errorString());
        return {};
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                       | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = QCoreApplication::translate("CatalogueRecovery", "cannot move %1 into place").arg(partial);
        return {};
    }
    return target;
}

CatalogueOpening useBuiltIn(Catalogue &catalogue, const QString &path, const QString &reason,
                            const QString &builtInSource, const QString &cacheFolder)
{
    CatalogueOpening opening;
    QString copyError;
    if (QFileInfo::exists(path))
        opening.backupPath = DamagedFile::copyAside(path, &copyError);

    QString error;
    const QString extracted = extract(builtInSource, cacheFolder, &error);
    if (extracted.isEmpty() || !catalogue.open(extracted, &error)) {
        opening.problem = QCoreApplication::translate("CatalogueRecovery",
                                                      "The code catalogue %1 cannot be read (%2), and neither can "
                                                      "the copy built into smtpref (%3). Reinstall smtpref.")
                              .arg(path, reason, error);
        return opening;
    }
    opening.opened = true;
    opening.path = extracted;
    opening.builtIn = true;
    QString kept;
    if (!opening.backupPath.isEmpty()) {
        kept = QCoreApplication::translate("CatalogueRecovery", "A copy of the unreadable file was kept as %1.")
                   .arg(opening.backupPath);
    } else if (!copyError.isEmpty()) {
        kept = QCoreApplication::translate("CatalogueRecovery", "No copy of it could be kept (%1).").arg(copyError);
    }
    opening.problem = QCoreApplication::translate("CatalogueRecovery",
                                                  "The code catalogue %1 cannot be read: %2\n\n"
                                                  "smtpref is using the copy built into the program instead, so "
                                                  "everything works as usual. %3\n\n"
                                                  "To repair the installation, reinstall smtpref (for example "
                                                  "\"sudo apt-get install --reinstall smtpref\").")
                          .arg(path, reason, kept);
    return opening;
}

} // namespace

QString builtInResource()
{
    return QStringLiteral(":/catalogue/catalogue.sqlite");
}

CatalogueOpening open(Catalogue &catalogue, const QString &path, const QString &builtInSource,
                      const QString &cacheFolder)
{
    QString error;
    if (catalogue.open(path, &error)) {
        CatalogueOpening opening;
        opening.opened = true;
        opening.path = path;
        return opening;
    }
    return useBuiltIn(catalogue, path, error, builtInSource, cacheFolder);
}

CatalogueOpening replaceDamaged(Catalogue &catalogue, const QString &path, const QString &details,
                                const QString &builtInSource, const QString &cacheFolder)
{
    return useBuiltIn(catalogue, path,
                      QCoreApplication::translate("CatalogueRecovery", "the file is damaged (%1)").arg(details),
                      builtInSource, cacheFolder);
}

} // namespace smtpref::CatalogueRecovery
