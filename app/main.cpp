// smtpref: the window when started plainly, the command line when given a command.
// This file only wires the parts together; see app/core, app/cli and app/ui.

#include "commandline.h"
#include "guiapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("smtpref"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpref"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPREF_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(SMTPREF_APP_ID));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands need no display: a QCoreApplication keeps them usable over SSH and in CI.
    if (smtpref::CommandLine::wanted(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return smtpref::CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    return smtpref::GuiApplication::run(QCoreApplication::arguments());
}
