#pragma once

#include <QStringList>

namespace smtpref::CommandLine {

// Exit statuses, as documented in --help and README.
enum ExitCode {
    Found = 0,
    NotFound = 1,     // nothing matched (a message on stderr)
    UsageError = 2,   // wrong arguments
    DataError = 3,    // the catalogue or the user's data cannot be opened or read
    InvalidInput = 4, // the file to import is not valid; nothing was imported
};

// True when the arguments ask for a subcommand, --help or --version rather than the window.
bool wanted(const QStringList &arguments);

// Runs the command line; a QCoreApplication must exist. Returns the exit status.
int run(const QStringList &arguments);

} // namespace smtpref::CommandLine
