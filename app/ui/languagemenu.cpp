#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

namespace smtpref {

namespace {

// A language's name in that language, capitalised as a menu item: "Русский".
QString autonym(const QString &language)
{
    const QLocale locale(language);
    // Qt names English after its default territory ("American English").
    QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

QString LanguageMenu::systemSetting()
{
    return QStringLiteral("system");
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    m_system = addAction(QString());
    m_system->setData(systemSetting());
    addSeparator();
    for (const QString &language : Translations::available()) {
        QAction *action = addAction(autonym(language));
        action->setData(language);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageChosen(action->data().toString()); });
    retranslateUi();
}

void LanguageMenu::setCurrent(const QString &setting)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == setting);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language", "menu"));
    m_system->setText(tr("&System", "language: follow the system's"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace smtpref
