#include "firstpaintreport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace smtpref {

namespace {

const QEvent::Type paintedEvent = QEvent::Type(QEvent::User + 1);

} // namespace

void FirstPaintReport::watch(QWidget *window)
{
    if (qEnvironmentVariableIntValue("SMTPREF_REPORT_FIRST_PAINT") == 1)
        new FirstPaintReport(window); // a child of the window: goes with it
}

FirstPaintReport::FirstPaintReport(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintReport::eventFilter(QObject *watched, QEvent *event)
{
    // The window's own paint event comes first in its frame and its children's follow in the
    // same pass: a posted event of high priority is taken right after the frame is done.
    if (watched == parent() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QCoreApplication::postEvent(this, new QEvent(paintedEvent), Qt::HighEventPriority);
    }
    return false;
}

void FirstPaintReport::customEvent(QEvent *event)
{
    if (event->type() != paintedEvent)
        return;
    // steady_clock is CLOCK_MONOTONIC on Linux, the clock the benchmark reads too.
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
    std::fprintf(stderr, "smtpref-first-paint-ns %lld\n", static_cast<long long>(now.count()));
    std::fflush(stderr);
}

} // namespace smtpref
