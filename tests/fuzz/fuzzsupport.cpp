#include "fuzzsupport.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace smtpref::fuzz {

namespace {

QtMessageHandler previousHandler = nullptr;

// SQLite reports here every statement that fails, FTS5 syntax errors included, even when the
// caller only skips the result. Notices and warnings (a journal recovered, an automatic
// index made) are not failures.
void sqliteLog(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_NOTICE || primary == SQLITE_WARNING)
        return;
    fail("no SQL statement fails", __FILE__, __LINE__,
         QStringLiteral("SQLite error %1: %2").arg(code).arg(QString::fromUtf8(message)));
}

void qtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg) {
        if (previousHandler)
            previousHandler(type, context, message);
        return;
    }
    fail("Qt gives no warning", context.file ? context.file : __FILE__, context.file ? context.line : __LINE__,
         message);
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "smtpref-fuzz";
    static char *argv[] = {name, nullptr};
    // Never deleted: the targets' static fixtures (open catalogues) are destroyed at exit,
    // after anything that could delete it, and need it until then.
    static QCoreApplication *const application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace

Environment::Environment()
{
    ensureApplication();
    static const bool installed = [] {
        if (sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) != SQLITE_OK)
            fail("SQLite's error log is set before SQLite starts", __FILE__, __LINE__);
        previousHandler = qInstallMessageHandler(&qtMessage);
        return true;
    }();
    Q_UNUSED(installed);
}

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "%s\n", qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace smtpref::fuzz
