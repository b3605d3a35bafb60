#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace smtpref {

// Runs work once a window's first frame has been painted. What a person does not need in
// order to see the window and start typing (the window icon, integrity checks, views not
// shown yet) waits for this, so the first frame comes as early as it can.
class FirstFrame : public QObject
{
public:
    // work runs once, in the window's thread, after the frame in which the window was first
    // painted; never if the window goes before that. At normal priority it comes after input
    // already waiting (the keys a person typed while the window appeared go first); at high
    // priority it comes right after the frame.
    static void whenPainted(QWidget *window, std::function<void()> work,
                            Qt::EventPriority priority = Qt::NormalEventPriority);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void customEvent(QEvent *event) override;

private:
    FirstFrame(QWidget *window, std::function<void()> work, Qt::EventPriority priority);

    std::function<void()> m_work;
    Qt::EventPriority m_priority;
};

} // namespace smtpref
