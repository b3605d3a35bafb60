#pragma once

#include "analysisresult.h"
#include "itemroles.h"

#include <QAbstractTableModel>

namespace smtpref {

// The codes an analysis found, one row each, in the order of the input: line, codes,
// the catalogue's title and the reply they came in.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CodeColumn, TitleColumn, TextColumn, ColumnCount };
    enum Role {
        CodeRole = ItemRoles::Code, // the code whose page a row opens, any column
        LineRole,                   // the 1-based line of the input, any column
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void clear();
    // The catalogue entry when the catalogue named one, else the code as written.
    QString codeAt(int row) const;
    int lineAt(int row) const;

    // Column titles follow the language; the view is told to fetch them again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace smtpref
