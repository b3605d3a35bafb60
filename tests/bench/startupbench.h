#pragma once

#include "measurement.h"

#include <QList>
#include <QStringList>

// Start-up and memory, from outside: the real smtpref and a bare Qt Widgets program
// (barewindow.cpp) are each started offscreen, with SMTPREF_REPORT_FIRST_PAINT=1, and timed
// from just before the process is started to the first frame they report painted
// (FirstPaintReport). Peak memory is VmHWM of /proc/<pid>/status: smtpref's after it has
// started and been handed a few searches (as "smtpref show TEXT" hands them to the running
// window), the bare program's after its first paint. The bare program is also measured with
// --text (a line edit and a label), to show what any window with text pays over it.
namespace StartupBench {

struct Programs
{
    QString app;  // smtpref
    QString bare; // smtpref-bench-barewindow, run plain and with --text
};

// startup_first_paint (median of runs) and peak_rss, smtpref on its catalogue of `size` entries,
// and the same two for the window with text.
QList<Measurement> run(const Programs &programs, int size, int runs, const QStringList &searches);

} // namespace StartupBench
