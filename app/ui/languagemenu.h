#pragma once

#include <QMenu>

class QActionGroup;

namespace smtpref {

// View > Language: the system's language or any language the program speaks, each named
// in itself (English, Русский) so a person finds their own in any current language.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // The setting that follows the system locale.
    static QString systemSetting();

    explicit LanguageMenu(QWidget *parent = nullptr);

    // Ticks the entry for a setting ("system", "en", "ru" ...).
    void setCurrent(const QString &setting);

signals:
    void languageChosen(const QString &setting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};

} // namespace smtpref
