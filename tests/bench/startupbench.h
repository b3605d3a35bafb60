#pragma once

#include "measurement.h"

#include <QList>
#include <QStringList>

// Start-up and memory, from outside: the real smtpref and a bare Qt Widgets program
// (barewindow.cpp) are each started offscreen, with SMTPREF_REPORT_FIRST_PAINT=1, and timed
// from just before the process is started to the first frame they report painted
// (FirstPaintReport). Peak memory is VmHWM of /proc/<pid>/status: smtpref's after it has
// started and been handed a few searches (as "smtpref show TEXT" hands them to the running
// window), the bare program's after its first paint.
namespace StartupBench {

struct Programs
{
    QString app;  // smtpref
    QString bare; // smtpref-bench-barewindow
};

// startup_first_paint (median of runs) and peak_rss, smtpref on its catalogue of `size` entries.
QList<Measurement> run(const Programs &programs, int size, int runs, const QStringList &searches);

} // namespace StartupBench
