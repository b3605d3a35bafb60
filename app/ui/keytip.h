#pragma once

#include <QString>

namespace smtpref {

// One keyboard shortcut explained: for the start page and Help > Keyboard shortcuts.
struct KeyTip
{
    QString what; // "Go back"
    QString keys; // "Alt+Left" in the platform's spelling
};

} // namespace smtpref
