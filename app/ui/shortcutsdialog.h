#pragma once

#include "keytip.h"

#include <QDialog>

class QTreeWidget;

namespace smtpref {

// Help > Keyboard shortcuts: every shortcut of the window, read from the actions
// themselves, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setTips(const QList<KeyTip> &tips);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTreeWidget *m_list = nullptr;
};

} // namespace smtpref
