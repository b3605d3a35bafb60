#pragma once

#include "catalogue.h"
#include "entryfilter.h"
#include "itemroles.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace smtpref {

// The whole catalogue as a tree to browse when nothing is searched for: each family, then
// basic replies by class (2xx ... 5xx), enhanced codes by subject (X.1 Addressing ...
// X.7 Security or policy), provider replies by provider; the entries under those.
//
// Read as it is opened: the families at once, a family's groups and a group's entries when
// a view first opens them (canFetchMore, fetchMore). A catalogue of 100,000 entries and as
// many providers is then opened as quickly as a small one.
class CatalogueOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TitleColumn, ColumnCount };
    enum Role { CodeRole = ItemRoles::Code }; // the entry's code; empty on group rows

    explicit CatalogueOutlineModel(const Catalogue &catalogue, QObject *parent = nullptr);

    // Reads the families anew (the catalogue was opened again, or the language changed),
    // keeping those with entries the filter accepts, all closed.
    void reload(const QString &language, const EntryFilter &filter);
    // Group names and column titles follow the language.
    void retranslate();

    // Every entry of the catalogue, whatever the filter.
    int catalogueSize() const { return m_catalogueSize; }
    // The entries the filter leaves under a family or group row.
    int entryCount(const QModelIndex &index) const;

    // Family and group rows.
    bool isGroup(const QModelIndex &index) const;
    // A family or group row's name that stays the same when the outline is read again, to
    // open it again; indexOfGroup finds it among the rows read so far.
    QString groupKey(const QModelIndex &index) const;
    QModelIndex indexOfGroup(const QString &key) const;
    // The code as the outline shows it, without the provider's name its group already says.
    static QString shownCode(const EntrySummary &entry);
    // Among the entries read so far.
    QModelIndex indexOfCode(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        enum class Kind { Family, Group, Entry };
        Kind kind = Kind::Entry;
        OutlineGroup group;  // Family and Group nodes
        EntrySummary entry;  // Entry nodes
        int count = 0;       // Family and Group nodes: the entries the filter accepts
        bool fetched = false; // Family and Group nodes: their children have been read
        int parent = -1;     // index into m_nodes; -1 for top-level rows
        int row = 0;
        std::vector<int> children;
    };

    int acceptedCount(const OutlineGroup &group) const;
    QList<int> acceptedClasses(const OutlineGroup &group) const;
    void addNode(Node node);
    static QString groupKey(const Node &node);
    QString groupLabel(const Node &node) const;
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;

    const Catalogue &m_catalogue;
    QString m_language;
    EntryFilter m_filter;
    int m_catalogueSize = 0;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QHash<QString, int> m_groups; // family and group nodes by groupKey
};

} // namespace smtpref
