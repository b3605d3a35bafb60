#pragma once

// Shared set-up for the GUI tests: a main window on the compiled catalogue and a user
// database of the test's own, and ways to reach its parts as a person would.
//
// The tests rely only on codes present in every catalogue build: 211, 530, 535 and X.7.1.

#include "catalogue.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "sqliteuserstore.h"
#include "translations.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>

#include <memory>

namespace smtpref::uitest {

// Test settings, never the user's; English; no window state from an earlier test.
inline void prepareApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smtpref-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpref"));
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
}

inline std::unique_ptr<Catalogue> openCatalogue()
{
    auto catalogue = std::make_unique<Catalogue>();
    QString error;
    if (!catalogue->open(QStringLiteral(SMTPREF_CATALOGUE), &error))
        qFatal("catalogue: %s", qPrintable(error));
    return catalogue;
}

inline std::unique_ptr<SqliteUserStore> openStore(const QString &path)
{
    auto store = std::make_unique<SqliteUserStore>();
    QString error;
    if (!store->open(path, &error))
        qFatal("user store: %s", qPrintable(error));
    return store;
}

// A shown, active main window over the catalogue and the user database at userDatabase.
inline std::unique_ptr<MainWindow> openWindow(const QString &userDatabase)
{
    auto window = std::make_unique<MainWindow>(openCatalogue(), openStore(userDatabase));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qFatal("the main window did not become active");
    return window;
}

template<typename T>
T *part(const QObject *window, const char *objectName)
{
    auto *found = window->findChild<T *>(QString::fromLatin1(objectName));
    if (!found)
        qFatal("no %s in the window", objectName);
    return found;
}

inline QLineEdit *searchField(const QObject *window) { return part<QLineEdit>(window, "searchField"); }
inline QTreeView *resultView(const QObject *window) { return part<QTreeView>(window, "resultView"); }
inline QTextBrowser *detailBrowser(const QObject *window) { return part<QTextBrowser>(window, "detailBrowser"); }
inline QTextBrowser *compareBrowser(const QObject *window) { return part<QTextBrowser>(window, "compareBrowser"); }

// The codes of a result or outline model's rows: top-level rows, or those under parent.
inline QStringList codesIn(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList codes;
    for (int row = 0; row < model->rowCount(parent); ++row)
        codes.append(model->index(row, 0, parent).data(ItemRoles::Code).toString());
    return codes;
}

inline QString currentCode(const QTreeView *view)
{
    return view->currentIndex().siblingAtColumn(0).data(ItemRoles::Code).toString();
}

// Every link target on a page, in order.
inline QStringList linksOf(const QTextDocument *document)
{
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !links.contains(format.anchorHref()))
                links.append(format.anchorHref());
        }
    }
    return links;
}

// Scrolls the link into view and returns a point on it, in the browser's viewport.
inline QPoint linkPoint(QTextBrowser *browser, const QString &href)
{
    const QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    qFatal("no link to %s on the page", qPrintable(href));
    return {};
}

// Clicks a link the way a person does: press and release on it.
inline void clickLink(QTextBrowser *browser, const QString &href)
{
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, linkPoint(browser, href));
}

// Picks a language from View > Language, as a person does ("system", "en", "ru" ...).
inline void chooseLanguage(const QObject *window, const QString &setting)
{
    for (QAction *action : part<QMenu>(window, "languageMenu")->actions()) {
        if (action->data().toString() == setting) {
            action->trigger();
            return;
        }
    }
    qFatal("no %s in the language menu", qPrintable(setting));
}

// Types text into the search field key by key and waits until the results show code.
inline bool searchFor(const QObject *window, const QString &text, const QString &code)
{
    QLineEdit *field = searchField(window);
    field->clear();
    QTest::keyClicks(field, text);
    const QTreeView *results = resultView(window);
    return QTest::qWaitFor([&] { return results->isVisible() && codesIn(results->model()).contains(code); });
}

} // namespace smtpref::uitest
