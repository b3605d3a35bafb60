#pragma once

// What the fuzz targets share: the application object Qt needs, and checks that turn a quiet
// failure (an SQL error swallowed, a Qt warning, a broken promise of an API) into a crash that
// libFuzzer records and a replay test reports.

#include <QString>

namespace smtpref::fuzz {

// What every target sets up once, before anything else (make it a fixture's first member):
// the QCoreApplication that Qt's SQL driver plugins need, unless one exists (a replay test has
// its own), kept to the end of the process; and from then on any SQL statement that fails,
// and any Qt warning, stops the process. SQLite takes its error log only before it starts,
// hence before the first database is opened.
struct Environment
{
    Environment();
};

// Stops the process, naming the promise that was broken.
[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail = QString());

} // namespace smtpref::fuzz

// Like assert(), but in every build type, and with a detail (a QString, only made on failure)
// that says what the input did.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::smtpref::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                 \
    } while (false)
