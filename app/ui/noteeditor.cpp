#include "noteeditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smtpref {

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    m_text->setObjectName(QStringLiteral("noteText"));
    m_save->setObjectName(QStringLiteral("noteSave"));
    m_cancel->setObjectName(QStringLiteral("noteCancel"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    // About five lines: enough for a ticket number and a sentence or two, and the page stays visible.
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 2 * m_text->frameWidth() + 8);
    m_heading->setBuddy(m_text);
    // The code may be one of the user's own, named anything: it is shown as written.
    m_heading->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("noteProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setBackgroundRole(QPalette::Dark);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(4);
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_text);

    connect(m_save, &QPushButton::clicked, this, &NoteEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &NoteEditor::close);
    retranslateUi();
}

void NoteEditor::edit(const QString &code, const QString &note)
{
    m_code = code;
    m_problem->hide();
    m_text->setPlainText(note);
    retranslateUi();
    show();
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->moveCursor(QTextCursor::End);
}

void NoteEditor::retranslateUi()
{
    m_heading->setText(tr("Your &note on %1 (kept on this computer):").arg(m_code));
    m_text->setAccessibleName(tr("Your note on %1").arg(m_code));
    m_text->setPlaceholderText(tr("Ticket numbers, what worked, who to ask…"));
    m_save->setText(tr("Save", "note"));
    m_save->setToolTip(tr("Save the note (Ctrl+Return)"));
    m_cancel->setText(tr("Cancel", "note"));
}

void NoteEditor::save()
{
    emit saveRequested(m_code, m_text->toPlainText());
}

void NoteEditor::saved()
{
    m_problem->hide();
    close();
}

void NoteEditor::saveFailed(const QString &why)
{
    m_problem->setText(why);
    m_problem->show();
    m_text->setFocus(Qt::OtherFocusReason);
}

void NoteEditor::close()
{
    hide();
    emit closed();
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace smtpref
