#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace smtpref {

namespace {

const QEvent::Type framePaintedEvent = QEvent::Type(QEvent::User + 1);

} // namespace

void FirstFrame::whenPainted(QWidget *window, std::function<void()> work, Qt::EventPriority priority)
{
    new FirstFrame(window, std::move(work), priority); // a child of the window: goes with it
}

FirstFrame::FirstFrame(QWidget *window, std::function<void()> work, Qt::EventPriority priority)
    : QObject(window)
    , m_work(std::move(work))
    , m_priority(priority)
{
    window->installEventFilter(this);
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    // The window's own paint event comes first in its frame and its children's follow in the
    // same pass: an event posted now is taken once the frame is done.
    if (watched == parent() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QCoreApplication::postEvent(this, new QEvent(framePaintedEvent), m_priority);
    }
    return false;
}

void FirstFrame::customEvent(QEvent *event)
{
    if (event->type() != framePaintedEvent)
        return;
    deleteLater();
    m_work();
}

} // namespace smtpref
