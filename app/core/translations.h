#pragma once

#include <QString>
#include <QStringList>

namespace smtpref::Translations {

// Languages the program speaks: "en" plus every smtpref_<lang>.qm built into it.
QStringList available();

// The best of the available languages for the system locale, else "en".
QString systemLanguage();

// Makes language the one of every tr() from now on: the program's own messages and
// Qt's (dialog buttons, context menus) from qtbase_<lang>.qm. Installing a translator
// sends LanguageChange to every widget, so a running window retranslates itself.
void install(const QString &language);

// The language installed last ("en" before any).
QString current();

} // namespace smtpref::Translations
