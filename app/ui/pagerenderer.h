#pragma once

#include "entry.h"
#include "keytip.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QString>

namespace smtpref {

// What a code's page shows besides the entry itself.
struct EntryPage
{
    Entry entry;
    QString note;
    bool favourite = false;
    QHash<QString, QString> titles; // titles of the related and confused codes, by code
};

// The HTML of the detail page and of the pages shown when there is no entry to show.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    static QString entryPage(const EntryPage &page, const QPalette &palette);
    static QString startPage(int entryCount, const QList<KeyTip> &tips, const QPalette &palette);
    // A code the catalogue does not have (any more): the person's note on it, if any, is
    // kept and shown, with a way to edit it.
    static QString missingPage(const QString &code, const QString &note, const QPalette &palette);
};

} // namespace smtpref
