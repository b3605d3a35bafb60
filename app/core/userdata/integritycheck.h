#pragma once

#include <QString>

namespace smtpref::IntegrityCheck {

enum class Verdict {
    Sound,
    Damaged,
    Unchecked, // the file could not be checked (busy, gone): no verdict either way
};

struct Result
{
    Verdict verdict = Verdict::Unchecked;
    QString details; // SQLite's first findings, for the backup's report
};

// PRAGMA quick_check on a connection of its own, opened read-only: any thread may call it,
// and it never writes. Seconds on a large file, hence run after the window is up.
Result quickCheck(const QString &path);

} // namespace smtpref::IntegrityCheck
