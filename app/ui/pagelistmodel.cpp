#include "pagelistmodel.h"

#include "catalogue.h"
#include "htmlfragments.h"
#include "translations.h"
#include "userstore.h"

#include <QFont>
#include <QLocale>

namespace smtpref {

PageListModel::PageListModel(Source source, const Catalogue &catalogue, UserStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_catalogue(catalogue)
    , m_store(store)
{
    switch (source) {
    case Source::Favourites:
        connect(&store, &UserStore::favouritesChanged, this, &PageListModel::reload);
        break;
    case Source::History:
        connect(&store, &UserStore::historyChanged, this, &PageListModel::reload);
        break;
    case Source::Notes:
        connect(&store, &UserStore::notesChanged, this, &PageListModel::reload);
        break;
    }
    reload();
}

QString PageListModel::titleOf(const QString &code) const
{
    auto cached = m_titles.constFind(code);
    if (cached == m_titles.cend()) {
        const auto entry = m_catalogue.lookup(code, Translations::current());
        cached = m_titles.insert(code, entry ? entry->title : QString());
    }
    return *cached;
}

// One statement for the titles of all the codes not read yet; what it does not find by exact
// code (a code as it was typed, "5.7.1" for X.7.1) titleOf() looks up on its own.
void PageListModel::readTitles(const QStringList &codes) const
{
    QStringList unread;
    for (const QString &code : codes) {
        if (!m_titles.contains(code))
            unread.append(code);
    }
    if (!unread.isEmpty())
        m_titles.insert(m_catalogue.titles(unread, Translations::current()));
}

void PageListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_source == Source::Favourites) {
        const QStringList favourites = m_store.favourites();
        readTitles(favourites);
        for (const QString &code : favourites)
            m_rows.append({PageLocation::entry(code), titleOf(code), {}, {}, titleOf(code).isEmpty()});
    } else if (m_source == Source::Notes) {
        const QList<NoteRecord> notes = m_store.notes();
        QStringList codes;
        for (const NoteRecord &note : notes)
            codes.append(note.code);
        readTitles(codes);
        for (const NoteRecord &note : notes) {
            m_rows.append({PageLocation::entry(note.code), titleOf(note.code), note.updated,
                           note.text.trimmed().section(QLatin1Char('\n'), 0, 0), titleOf(note.code).isEmpty()});
        }
    } else {
        const QList<HistoryItem> history = m_store.history(historyRows);
        QStringList codes;
        for (const HistoryItem &item : history)
            codes << item.codeA << item.codeB;
        codes.removeAll(QString());
        readTitles(codes);
        for (const HistoryItem &item : history) {
            if (item.isComparison()) {
                m_rows.append({PageLocation::comparison(item.codeA, item.codeB),
                               tr("%1 / %2", "titles of two compared codes").arg(titleOf(item.codeA), titleOf(item.codeB)),
                               item.visited, {}, false});
            } else {
                m_rows.append({PageLocation::entry(item.codeA), titleOf(item.codeA), item.visited, {},
                               titleOf(item.codeA).isEmpty()});
            }
        }
    }
    endResetModel();
}

void PageListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    m_titles.clear(); // the titles are the catalogue's, in the new language
    reload();
}

PageLocation PageListModel::locationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).location : PageLocation();
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PageListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_source == Source::Favourites ? 2 : 3;
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::FontRole && row.missing && index.column() == TitleColumn) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QString text;
    switch (index.column()) {
    case PageColumn:
        text = row.location.isComparison()
            ? tr("%1 vs %2", "two compared codes").arg(row.location.codeA, row.location.codeB)
            : row.location.codeA;
        break;
    case TitleColumn:
        text = row.missing ? tr("Not in the current catalogue", "a code kept in the user's lists") : row.title;
        break;
    case VisitedColumn:
        text = m_source == Source::Notes ? row.note : QLocale().toString(row.visited.toLocalTime(), QLocale::ShortFormat);
        break;
    }
    // Codes and notes are the user's own text: a tooltip must not read them as markup.
    return role == Qt::ToolTipRole ? HtmlFragments::toolTip(text) : text;
}

QVariant PageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PageColumn: return m_source == Source::History ? tr("Page", "history column") : tr("Code", "favourites column");
    case TitleColumn: return tr("Title", "history and favourites column");
    case VisitedColumn:
        switch (m_source) {
        case Source::History: return tr("Visited", "history column");
        case Source::Notes: return tr("Note", "notes column: the note's first line");
        case Source::Favourites: return {};
        }
    }
    return {};
}

} // namespace smtpref
