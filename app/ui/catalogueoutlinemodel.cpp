#include "catalogueoutlinemodel.h"

#include "labels.h"
#include "replyclassstyle.h"

#include <QFont>

namespace smtpref {

namespace {

// Stands for an entry of a family and reply class, for the filter to judge all such entries.
EntrySummary entryOfClass(Family family, int replyClass)
{
    EntrySummary entry;
    entry.family = family;
    entry.replyClass = replyClass;
    return entry;
}

} // namespace

CatalogueOutlineModel::CatalogueOutlineModel(const Catalogue &catalogue, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalogue(catalogue)
{
}

int CatalogueOutlineModel::acceptedCount(const OutlineGroup &group) const
{
    int count = 0;
    for (const int replyClass : acceptedClasses(group))
        count += group.entriesByClass[replyClass];
    return count;
}

// The classes of the group's entries that the filter accepts (EntryFilter says which).
QList<int> CatalogueOutlineModel::acceptedClasses(const OutlineGroup &group) const
{
    QList<int> classes;
    for (int replyClass = 0; replyClass < int(group.entriesByClass.size()); ++replyClass) {
        if (group.entriesByClass[replyClass] > 0 && m_filter.accepts(entryOfClass(group.family, replyClass)))
            classes.append(replyClass);
    }
    return classes;
}

void CatalogueOutlineModel::addNode(Node node)
{
    const int parent = node.parent;
    const auto siblings = [this, parent]() -> std::vector<int> & {
        return parent < 0 ? m_topLevel : m_nodes[parent].children;
    };
    node.row = int(siblings().size());
    const QString key = node.kind == Node::Kind::Entry ? QString() : groupKey(node);
    m_nodes.push_back(std::move(node));
    const int id = int(m_nodes.size()) - 1;
    siblings().push_back(id); // found again: push_back may have moved the nodes
    if (!key.isEmpty())
        m_groups.insert(key, id);
}

void CatalogueOutlineModel::reload(const QString &language, const EntryFilter &filter)
{
    beginResetModel();
    m_language = language;
    m_filter = filter;
    m_catalogueSize = 0;
    m_nodes.clear();
    m_topLevel.clear();
    m_groups.clear();
    for (const OutlineGroup &family : m_catalogue.outlineFamilies()) {
        for (const int count : family.entriesByClass)
            m_catalogueSize += count;
        Node node;
        node.kind = Node::Kind::Family;
        node.group = family;
        node.count = acceptedCount(family);
        if (node.count > 0)
            addNode(std::move(node));
    }
    endResetModel();
}

bool CatalogueOutlineModel::canFetchMore(const QModelIndex &parent) const
{
    return isGroup(parent) && parent.column() == CodeColumn && !m_nodes[parent.internalId()].fetched;
}

// A family's groups, or a group's entries, of those the filter accepts.
void CatalogueOutlineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int id = int(parent.internalId());
    m_nodes[id].fetched = true;
    const OutlineGroup group = m_nodes[id].group;
    std::vector<Node> children;
    if (m_nodes[id].kind == Node::Kind::Family) {
        for (const OutlineGroup &child : m_catalogue.outlineGroups(group.family)) {
            Node node;
            node.kind = Node::Kind::Group;
            node.group = child;
            node.count = acceptedCount(child);
            if (node.count > 0)
                children.push_back(std::move(node));
        }
    } else {
        for (const EntrySummary &entry : m_catalogue.outlineEntries(group, acceptedClasses(group), m_language)) {
            Node node;
            node.entry = entry;
            children.push_back(std::move(node));
        }
    }
    if (children.empty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    m_nodes.reserve(m_nodes.size() + children.size());
    for (Node &node : children) {
        node.parent = id;
        addNode(std::move(node));
    }
    endInsertRows();
}

void CatalogueOutlineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Only the family and group rows carry translated names; entry titles come with reload().
    for (const int family : m_topLevel) {
        const QModelIndex familyIndex = createIndex(m_nodes[family].row, CodeColumn, quintptr(family));
        emit dataChanged(familyIndex, familyIndex);
        const std::vector<int> &groups = m_nodes[family].children;
        if (!groups.empty()) {
            emit dataChanged(index(0, CodeColumn, familyIndex),
                             index(int(groups.size()) - 1, CodeColumn, familyIndex));
        }
    }
}

bool CatalogueOutlineModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && m_nodes[index.internalId()].kind != Node::Kind::Entry;
}

int CatalogueOutlineModel::entryCount(const QModelIndex &index) const
{
    return isGroup(index) ? m_nodes[index.internalId()].count : 0;
}

QString CatalogueOutlineModel::groupKey(const Node &node)
{
    const QString family = familyId(node.group.family);
    if (node.kind == Node::Kind::Family)
        return family;
    return QStringLiteral("%1/%2/%3").arg(family).arg(node.group.number).arg(node.group.provider);
}

QString CatalogueOutlineModel::groupKey(const QModelIndex &index) const
{
    return isGroup(index) ? groupKey(m_nodes[index.internalId()]) : QString();
}

QModelIndex CatalogueOutlineModel::indexOfGroup(const QString &key) const
{
    const auto found = m_groups.constFind(key);
    if (found == m_groups.cend())
        return {};
    return createIndex(m_nodes[*found].row, CodeColumn, quintptr(*found));
}

QModelIndex CatalogueOutlineModel::indexOfCode(const QString &code) const
{
    for (std::size_t id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes[id];
        if (node.kind == Node::Kind::Entry && node.entry.code == code)
            return createIndex(node.row, CodeColumn, quintptr(id));
    }
    return {};
}

const std::vector<int> &CatalogueOutlineModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[parent.internalId()].children : m_topLevel;
}

QModelIndex CatalogueOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent)[row]));
}

QModelIndex CatalogueOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[child.internalId()].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[parent].row, CodeColumn, quintptr(parent));
}

int CatalogueOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != CodeColumn)
        return 0;
    return int(childrenOf(parent).size());
}

int CatalogueOutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// A family or group not read yet has children if the filter leaves it entries.
bool CatalogueOutlineModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_topLevel.empty();
    if (parent.column() != CodeColumn || !isGroup(parent))
        return false;
    const Node &node = m_nodes[parent.internalId()];
    return node.fetched ? !node.children.empty() : node.count > 0;
}

QString CatalogueOutlineModel::groupLabel(const Node &node) const
{
    const OutlineGroup &group = node.group;
    if (node.kind == Node::Kind::Family) {
        switch (group.family) {
        case Family::Basic: return tr("Reply codes", "outline group: basic 3-digit replies");
        case Family::Enhanced: return tr("Enhanced status codes", "outline group");
        case Family::Provider: return tr("Provider replies", "outline group");
        }
        return {};
    }
    switch (group.family) {
    case Family::Basic:
        return tr("%1 %2 (%3)", "outline group: class pattern, class name, number of codes")
            .arg(ReplyClassStyle::pattern(group.number, group.family), Labels::className(group.number, group.family))
            .arg(node.count);
    case Family::Enhanced:
        return tr("X.%1 %2 (%3)", "outline group: enhanced subject digit, subject name, number of codes")
            .arg(group.number)
            .arg(Labels::subjectName(group.number))
            .arg(node.count);
    case Family::Provider:
        return tr("%1 (%2)", "outline group: provider name, number of codes").arg(group.provider).arg(node.count);
    }
    return {};
}

// Under its provider's group a provider reply needs no provider name: "550 5.7.1 (Spamhaus)".
QString CatalogueOutlineModel::shownCode(const EntrySummary &entry)
{
    const QString prefix = entry.provider + QLatin1Char(' ');
    if (entry.family == Family::Provider && !entry.provider.isEmpty() && entry.code.startsWith(prefix))
        return entry.code.mid(prefix.size());
    return entry.code;
}

QVariant CatalogueOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[index.internalId()];
    if (node.kind != Node::Kind::Entry) {
        if (index.column() != CodeColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupLabel(node);
        case Qt::DecorationRole:
            if (node.kind == Node::Kind::Group && node.group.family == Family::Basic)
                return ReplyClassStyle::colour(node.group.number);
            break;
        case Qt::FontRole:
            if (node.kind == Node::Kind::Family) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
        case CodeRole:
            return QString();
        }
        return {};
    }
    if (role == CodeRole)
        return node.entry.code;
    if (role == Qt::DisplayRole && index.column() == CodeColumn)
        return shownCode(node.entry);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == CodeColumn ? node.entry.code : node.entry.title;
    return {};
}

QVariant CatalogueOutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code", "outline column");
    case TitleColumn: return tr("Title", "outline column");
    }
    return {};
}

} // namespace smtpref
