#include "gui/members/OrgTreeModel.h"

#include "gui/common/UiLanguage.h"

#include <QHash>

namespace sl {

OrgTreeModel::OrgTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void OrgTreeModel::setOrganisations(std::vector<Organisation> orgs)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    m_nodes.reserve(orgs.size());
    for (Organisation& org : orgs) {
        byId.insert(org.id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back({std::move(org), -1, 0, {}});
    }
    const int n = static_cast<int>(m_nodes.size());
    for (Node& node : m_nodes)
        node.parent = node.org.parentId != 0 ? byId.value(node.org.parentId, -1) : -1;
    // A parent chain that loops (the database forbids it, but be safe) becomes a root.
    for (int i = 0; i < n; ++i) {
        int steps = 0;
        for (int p = m_nodes[i].parent; p >= 0 && steps <= n; p = m_nodes[p].parent)
            ++steps;
        if (steps > n)
            m_nodes[i].parent = -1;
    }
    for (int i = 0; i < n; ++i) {
        Node& node = m_nodes[i];
        std::vector<int>& siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
        node.row = static_cast<int>(siblings.size());
        siblings.push_back(i);
    }
    endResetModel();
}

const std::vector<int>& OrgTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes[static_cast<size_t>(node)].children;
}

int OrgTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QModelIndex OrgTreeModel::indexOfOrg(qint64 orgId, int column) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].org.id == orgId)
            return createIndex(m_nodes[i].row, column, static_cast<quintptr>(i));
    }
    return {};
}

const Organisation* OrgTreeModel::orgAt(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    return node < 0 ? nullptr : &m_nodes[static_cast<size_t>(node)].org;
}

const Organisation* OrgTreeModel::orgById(qint64 orgId) const
{
    for (const Node& node : m_nodes) {
        if (node.org.id == orgId)
            return &node.org;
    }
    return nullptr;
}

std::vector<OrgTreeModel::Entry> OrgTreeModel::depthFirst() const
{
    std::vector<Entry> out;
    out.reserve(m_nodes.size());
    std::vector<std::pair<int, int>> stack; // node, depth
    for (auto it = m_roots.rbegin(); it != m_roots.rend(); ++it)
        stack.emplace_back(*it, 0);
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        out.push_back({&m_nodes[static_cast<size_t>(node)].org, depth});
        const auto& children = m_nodes[static_cast<size_t>(node)].children;
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.emplace_back(*it, depth + 1);
    }
    return out;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return {};
    const auto& children = childrenOf(nodeOf(parent));
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<size_t>(row)]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int p = m_nodes[static_cast<size_t>(node)].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(p)].row, 0, static_cast<quintptr>(p));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(childrenOf(nodeOf(parent)).size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Organisation& org = m_nodes[static_cast<size_t>(nodeOf(index))].org;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? org.name : ui::label(org.kind);
    case Qt::ToolTipRole:
        return tr("%1 (number %2)").arg(org.name, org.extId);
    case OrgIdRole:
        return org.id;
    default:
        return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == Name ? tr("Organisation") : tr("Kind");
}

} // namespace sl
