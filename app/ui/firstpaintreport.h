#pragma once

class QWidget;

namespace smtpref::FirstPaintReport {

// For smtpref-bench (tests/bench/startupbench.cpp): with SMTPREF_REPORT_FIRST_PAINT=1 in the
// environment, the window's first frame is reported on stderr as
//   smtpref-first-paint-ns <CLOCK_MONOTONIC nanoseconds>
// once it has been painted, so that the time from process start to the first paint can be
// measured from outside. Without the variable it does nothing and costs nothing.
void watch(QWidget *window);

} // namespace smtpref::FirstPaintReport
