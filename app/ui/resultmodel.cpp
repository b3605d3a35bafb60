#include "resultmodel.h"

#include "htmlfragments.h"
#include "labels.h"
#include "replyclassstyle.h"

namespace smtpref {

ResultModel::ResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultModel::setResult(const SearchResult &result, const EntryFilter &filter)
{
    beginResetModel();
    m_entries.clear();
    for (const SearchHit &hit : result.hits) {
        if (filter.accepts(hit.summary))
            m_entries.append(hit.summary);
    }
    m_terms = result.terms;
    endResetModel();
}

void ResultModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_terms.clear();
    endResetModel();
}

QString ResultModel::codeAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).code : QString();
}

void ResultModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, ClassColumn), index(rowCount() - 1, ClassColumn));
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary &entry = m_entries.at(index.row());
    if (role == CodeRole)
        return entry.code;
    switch (index.column()) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return entry.code;
        if (role == Qt::ToolTipRole && entry.custom)
            return HtmlFragments::toolTip(Labels::customNotice());
        break;
    case ClassColumn:
        // The colour, and always the class in writing too: "5xx", and its name in full for
        // the tooltip and screen readers.
        if (role == Qt::DisplayRole)
            return ReplyClassStyle::pattern(entry.replyClass, entry.family);
        if (role == Qt::DecorationRole)
            return ReplyClassStyle::colour(entry.replyClass);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return Labels::className(entry.replyClass, entry.family);
        break;
    case TitleColumn:
        // The user's own codes wear a badge, in writing, before their title.
        if (role == Qt::DisplayRole)
            return entry.custom ? tr("%1 · %2", "result list: the Custom badge, a title").arg(Labels::customBadge(), entry.title)
                                : entry.title;
        if (role == Qt::ToolTipRole)
            return HtmlFragments::toolTip(entry.title);
        if (role == TermsRole)
            return m_terms;
        break;
    }
    return {};
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code", "result column");
    case ClassColumn: return tr("Class", "result column: reply class");
    case TitleColumn: return tr("Title", "result column");
    }
    return {};
}

} // namespace smtpref
