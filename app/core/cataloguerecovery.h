#pragma once

#include <QString>

namespace smtpref {

class Catalogue;

// The catalogue the window reads: the file on disk or, when that cannot be read, the
// pristine copy built into the program (a Qt resource), copied to the cache folder. The
// unreadable file belongs to the installation: it stays where it is, and a copy of it is
// kept beside it (DamagedFile::copyAside) when that folder can be written.
struct CatalogueOpening
{
    bool opened = false; // false only when not even the built-in copy could be read
    QString path;        // the file the catalogue was opened on
    bool builtIn = false;
    QString problem;     // plain words when the file asked for could not be used
    QString backupPath;  // the copy of the unreadable file, if one was made
};

namespace CatalogueRecovery {

// The copy of the catalogue built into the smtpref executable.
QString builtInResource();

// Opens catalogue on path or, if that cannot be read (missing, damaged, another schema),
// on the built-in copy from builtInSource, extracted to cacheFolder.
CatalogueOpening open(Catalogue &catalogue, const QString &path, const QString &builtInSource,
                      const QString &cacheFolder);

// The catalogue opened, but the deferred integrity check found its file damaged: it is
// opened again, in place, on the built-in copy, as open() does for an unreadable file.
CatalogueOpening replaceDamaged(Catalogue &catalogue, const QString &path, const QString &details,
                                const QString &builtInSource, const QString &cacheFolder);

} // namespace CatalogueRecovery
} // namespace smtpref
