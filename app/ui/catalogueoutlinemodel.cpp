#include "catalogueoutlinemodel.h"

#include "labels.h"
#include "replyclassstyle.h"

#include <QFont>

namespace smtpref {

CatalogueOutlineModel::CatalogueOutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int CatalogueOutlineModel::addNode(Node node)
{
    const int parent = node.parent;
    const auto siblings = [this, parent]() -> std::vector<int> & {
        return parent < 0 ? m_topLevel : m_nodes[parent].children;
    };
    node.row = int(siblings().size());
    m_nodes.push_back(std::move(node));
    const int id = int(m_nodes.size()) - 1;
    siblings().push_back(id); // found again: push_back may have moved the nodes
    return id;
}

// The group of this kind under parent, made on first use. Entries come in catalogue order,
// so groups appear in order too.
int CatalogueOutlineModel::childGroup(int parent, Node::Kind kind, Family family, int number,
                                      const QString &provider)
{
    // Looked up, not searched for: a catalogue of many providers has thousands of groups.
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(parent)
                            .arg(int(kind))
                            .arg(int(family))
                            .arg(number)
                            .arg(provider);
    if (const auto found = m_groups.constFind(key); found != m_groups.cend())
        return *found;
    Node group;
    group.kind = kind;
    group.family = family;
    group.number = number;
    group.entry.provider = provider;
    group.parent = parent;
    const int id = addNode(std::move(group));
    m_groups.insert(key, id);
    return id;
}

void CatalogueOutlineModel::setEntries(const QList<EntrySummary> &entries, const EntryFilter &filter)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_groups.clear();
    m_nodes.reserve(entries.size() + 32);
    for (const EntrySummary &entry : entries) {
        if (!filter.accepts(entry))
            continue;
        const int family = childGroup(-1, Node::Kind::Family, entry.family, 0, QString());
        int group = family;
        switch (entry.family) {
        case Family::Basic:
            group = childGroup(family, Node::Kind::ReplyClass, entry.family, entry.replyClass, QString());
            break;
        case Family::Enhanced:
            group = childGroup(family, Node::Kind::Subject, entry.family, entry.subject, QString());
            break;
        case Family::Provider:
            group = childGroup(family, Node::Kind::Provider, entry.family, 0, entry.provider);
            break;
        }
        Node leaf;
        leaf.entry = entry;
        leaf.family = entry.family;
        leaf.parent = group;
        addNode(std::move(leaf));
    }
    endResetModel();
}

void CatalogueOutlineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Only the group rows carry translated names; entry titles come with setEntries().
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

QString CatalogueOutlineModel::groupLabel(const Node &node) const
{
    const int count = int(node.children.size());
    switch (node.kind) {
    case Node::Kind::Family:
        switch (node.family) {
        case Family::Basic: return tr("Reply codes", "outline group: basic 3-digit replies");
        case Family::Enhanced: return tr("Enhanced status codes", "outline group");
        case Family::Provider: return tr("Provider replies", "outline group");
        }
        break;
    case Node::Kind::ReplyClass:
        return tr("%1 %2 (%3)", "outline group: class pattern, class name, number of codes")
            .arg(ReplyClassStyle::pattern(node.number, node.family), Labels::className(node.number, node.family))
            .arg(count);
    case Node::Kind::Subject:
        return tr("X.%1 %2 (%3)", "outline group: enhanced subject digit, subject name, number of codes")
            .arg(node.number)
            .arg(Labels::subjectName(node.number))
            .arg(count);
    case Node::Kind::Provider:
        return tr("%1 (%2)", "outline group: provider name, number of codes").arg(node.entry.provider).arg(count);
    case Node::Kind::Entry:
        break;
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
            if (node.kind == Node::Kind::ReplyClass)
                return ReplyClassStyle::colour(node.number);
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
