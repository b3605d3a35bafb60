#pragma once

#include <QObject>

class QWidget;

namespace smtpref {

// For smtpref-bench (tests/bench/startupbench.cpp): with SMTPREF_REPORT_FIRST_PAINT=1 in the
// environment, the window's first frame is reported on stderr as
//   smtpref-first-paint-ns <CLOCK_MONOTONIC nanoseconds>
// once it has been painted, so that the time from process start to the first paint can be
// measured from outside. Without the variable it does nothing and costs nothing.
class FirstPaintReport : public QObject
{
public:
    // Watches window's first paint when the environment asks for it.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void customEvent(QEvent *event) override;

private:
    explicit FirstPaintReport(QWidget *window);
};

} // namespace smtpref
