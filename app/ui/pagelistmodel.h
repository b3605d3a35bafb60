#pragma once

#include "pagelocation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace smtpref {

class Catalogue;
class UserStore;

// The pages a person kept (favourites), visited (history) or wrote a note on (notes), read
// from the user store and kept up to date as it changes, each with its title in the current
// language. A code the catalogue does not have (any more) keeps its row, marked as such.
class PageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Source { Favourites, History, Notes };
    enum Column { PageColumn, TitleColumn, VisitedColumn, NoteColumn = VisitedColumn };

    PageListModel(Source source, const Catalogue &catalogue, UserStore &store, QObject *parent = nullptr);

    PageLocation locationAt(int row) const;
    // Reads the store again; titles are looked up in the current language.
    void reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The history list shows this many of the newest visits.
    static constexpr int historyRows = 300;

private:
    struct Row
    {
        PageLocation location;
        QString title;
        QDateTime visited;
        QString note;         // notes: the note's first line
        bool missing = false; // a code the catalogue does not have
    };
    QString titleOf(const QString &code) const;
    void readTitles(const QStringList &codes) const;

    Source m_source;
    // Titles already looked up, in the current language: the history is read again on
    // every visit, and its rows are mostly the same codes.
    mutable QHash<QString, QString> m_titles;
    const Catalogue &m_catalogue;
    UserStore &m_store;
    QList<Row> m_rows;
};

} // namespace smtpref
