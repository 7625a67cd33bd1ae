#pragma once

#include "domain/Organisation.h"

#include <QAbstractItemModel>

#include <vector>

namespace sl {

// The organisation tree (党组织), read-only: name and kind label.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        ColumnCount
    };
    enum Role
    {
        OrgIdRole = Qt::UserRole + 1
    };

    // An organisation with its depth in the tree, in depth-first order.
    struct Entry
    {
        const Organisation* org;
        int depth;
    };

    explicit OrgTreeModel(QObject* parent = nullptr);

    void setOrganisations(std::vector<Organisation> orgs);
    bool isEmpty() const { return m_nodes.empty(); }

    QModelIndex indexOfOrg(qint64 orgId, int column = Name) const;
    const Organisation* orgAt(const QModelIndex& index) const;
    const Organisation* orgById(qint64 orgId) const;
    std::vector<Entry> depthFirst() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Organisation org;
        int parent = -1; // index into m_nodes, -1 for a root
        int row = 0;     // position among its siblings
        std::vector<int> children;
    };

    const std::vector<int>& childrenOf(int node) const;
    int nodeOf(const QModelIndex& index) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace sl
