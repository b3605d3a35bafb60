#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace smtpref {

// Where a person writes their own note on a code, under its page. Nothing is stored until
// Save (or Ctrl+Return); Escape or Cancel leaves the stored note as it was. A note that
// could not be saved stays in the editor, with the reason above it, until it is saved or
// the person lets it go.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    // Shows the editor for code, holding its stored note.
    void edit(const QString &code, const QString &note);
    QString code() const { return m_code; }

    // The answer to saveRequested: saved() closes the editor; saveFailed() keeps the text
    // and says why it was not saved.
    void saved();
    void saveFailed(const QString &why);

signals:
    void saveRequested(const QString &code, const QString &text);
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void save();
    void close();

    QString m_code;
    QLabel *m_heading = nullptr;
    QLabel *m_problem = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace smtpref
