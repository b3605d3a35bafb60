#pragma once

#include <QStringList>

namespace smtpref::GuiApplication {

// Opens the catalogue and the main window; returns the event loop's exit status.
// A QApplication must exist.
int run(const QStringList &arguments);

} // namespace smtpref::GuiApplication
