#pragma once

#include "keytip.h"

#include <QList>
#include <QObject>

class QAction;

namespace smtpref {

// Every command of the main window, with its shortcut, for the menus, the toolbar, the
// lists' context menus and the keyboard help alike. Texts follow the language.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent);

    void retranslate();
    // The commands with shortcuts, and the keys of the search field, explained.
    QList<KeyTip> keyTips() const;

    QAction *find;
    QAction *back;
    QAction *forward;
    QAction *compare;
    QAction *swap;
    QAction *favourite;
    QAction *editNote;
    QAction *copyText;
    QAction *copyMarkdown;
    QAction *print;
    QAction *exportPdf;
    QAction *quit;
    QAction *showFavourites;
    QAction *showHistory;
    QAction *clearHistory;
    QAction *shortcuts;
    QAction *about;
    QAction *showNotes;
    QAction *importData;
    QAction *exportData;
    QAction *analyze;
    QAction *openFile;

private:
    QAction *make(const QString &objectName, const QList<QKeySequence> &shortcuts);
};

} // namespace smtpref
