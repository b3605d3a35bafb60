#pragma once

namespace smtpref::Terminal {

// Columns to wrap at: the terminal's width when stdout is one (at most 100, for reading
// comfort), 80 otherwise.
int width();

} // namespace smtpref::Terminal
