#include "firstpaintreport.h"

#include "firstframe.h"

#include <QtGlobal>

#include <chrono>
#include <cstdio>

namespace smtpref::FirstPaintReport {

void watch(QWidget *window)
{
    if (qEnvironmentVariableIntValue("SMTPREF_REPORT_FIRST_PAINT") != 1)
        return;
    // High priority: the time of the frame itself, before the work that waits for it.
    FirstFrame::whenPainted(window, [] {
        // steady_clock is CLOCK_MONOTONIC on Linux, the clock the benchmark reads too.
        const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
        std::fprintf(stderr, "smtpref-first-paint-ns %lld\n", static_cast<long long>(now.count()));
        std::fflush(stderr);
    }, Qt::HighEventPriority);
}

} // namespace smtpref::FirstPaintReport
