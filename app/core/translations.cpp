#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace smtpref::Translations {

namespace {

const QString resourceDir = QStringLiteral(":/i18n");

struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(resourceDir).entryList({QStringLiteral("smtpref_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString systemLanguage()
{
    const QStringList languages = available();
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.left(2).toLower();
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void install(const QString &language)
{
    Installed &state = installed();
    for (auto *translator : {&state.own, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    state.language = language;
    // English too: smtpref_en.qm holds the English plural forms of "%n result(s)".
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral("smtpref_") + language, resourceDir)) {
        QCoreApplication::installTranslator(own.get());
        state.own = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
}

QString current()
{
    return installed().language;
}

} // namespace smtpref::Translations
