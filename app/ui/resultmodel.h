#pragma once

#include "entryfilter.h"
#include "itemroles.h"
#include "searchengine.h"

#include <QAbstractTableModel>

namespace smtpref {

// The hits of the latest search, best first, as rows of code, class and title.
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, ClassColumn, TitleColumn, ColumnCount };
    enum Role {
        CodeRole = ItemRoles::Code, // the catalogue code, any column
        TermsRole,                   // the words to highlight, title column
    };

    explicit ResultModel(QObject *parent = nullptr);

    // Shows the hits the filter accepts.
    void setResult(const SearchResult &result, const EntryFilter &filter);
    void clear();
    QString codeAt(int row) const;

    // Column titles follow the language; the view is told to fetch them again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EntrySummary> m_entries;
    QStringList m_terms;
};

} // namespace smtpref
