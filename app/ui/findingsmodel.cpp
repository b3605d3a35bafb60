#include "findingsmodel.h"

namespace smtpref {

namespace {

QString codesOf(const Finding &finding)
{
    return QStringList{finding.reply, finding.status}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}

QString FindingsModel::codeAt(int row) const
{
    const Finding &finding = m_findings.at(row);
    if (!finding.entryCode.isEmpty())
        return finding.entryCode;
    return finding.status.isEmpty() ? finding.reply : finding.status;
}

int FindingsModel::lineAt(int row) const
{
    return m_findings.at(row).line;
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return finding.line;
        case CodeColumn:
            return codesOf(finding);
        case TitleColumn:
            return finding.title;
        case TextColumn:
            return finding.text.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        return finding.text;
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CodeRole:
        return codeAt(index.row());
    case LineRole:
        return finding.line;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line", "column: line of the pasted text");
    case CodeColumn:
        return tr("Code", "column: reply code and enhanced status code");
    case TitleColumn:
        return tr("Title", "column: the code's title in the catalogue");
    case TextColumn:
        return tr("Reply", "column: the reply text the code came in");
    }
    return {};
}

} // namespace smtpref
