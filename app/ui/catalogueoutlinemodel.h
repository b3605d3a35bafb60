#pragma once

#include "entryfilter.h"
#include "itemroles.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace smtpref {

// The whole catalogue as a tree to browse when nothing is searched for: each family, then
// basic replies by class (2xx ... 5xx), enhanced codes by subject (X.1 Addressing ...
// X.7 Security or policy), provider replies by provider; the entries under those.
class CatalogueOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TitleColumn, ColumnCount };
    enum Role { CodeRole = ItemRoles::Code }; // the entry's code; empty on group rows

    explicit CatalogueOutlineModel(QObject *parent = nullptr);

    // Regroups the entries (in catalogue order) that the filter accepts.
    void setEntries(const QList<EntrySummary> &entries, const EntryFilter &filter);
    // Group names and column titles follow the language.
    void retranslate();

    bool isGroup(const QModelIndex &index) const;
    // The code as the outline shows it, without the provider's name its group already says.
    static QString shownCode(const EntrySummary &entry);
    QModelIndex indexOfCode(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        enum class Kind { Family, ReplyClass, Subject, Provider, Entry };
        Kind kind = Kind::Entry;
        Family family = Family::Basic;
        int number = 0;       // the class or subject digit of a group
        EntrySummary entry;   // Entry nodes; Provider groups keep the provider's name in it
        int parent = -1;      // index into m_nodes; -1 for top-level rows
        int row = 0;
        std::vector<int> children;
    };

    int childGroup(int parent, Node::Kind kind, Family family, int number, const QString &provider);
    int addNode(Node node);
    QString groupLabel(const Node &node) const;
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QHash<QString, int> m_groups; // group node by parent, kind, family, number and provider
};

} // namespace smtpref
