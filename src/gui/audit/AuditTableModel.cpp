#include "gui/audit/AuditTableModel.h"

#include "services/AuditService.h"

namespace sl {

AuditTableModel::AuditTableModel(AuditService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void AuditTableModel::setQuery(const AuditQuery& query)
{
    m_query = query;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = true;
    m_matching = 0;
    auto count = m_service.count(m_query);
    auto page = count ? m_service.page(m_query, 0, pageSize)
                      : Result<std::vector<AuditEntry>>(count.error());
    if (!page) {
        m_error = page.error().text();
    } else {
        m_matching = *count;
        m_rows = std::move(page).value();
        m_atEnd = m_rows.size() < size_t(pageSize);
    }
    endResetModel();
}

const AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e->detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return AuditService::localTime(e->at);
    case Person:
        return e->accountId == 0 ? tr("Single-user mode") : AuditService::personOf(*e);
    case Action:
        return audit::actionLabel(e->action);
    case Entity:
        return audit::entityLabel(e->entity);
    case Key:
        return e->entityId ? QVariant(e->entityId) : QVariant();
    case Detail:
        return e->detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Account");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Key:
        return tr("Key");
    case Detail:
        return tr("What changed");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.empty())
        return;
    auto page = m_service.page(m_query, m_rows.back().id, pageSize, int(m_rows.size()));
    if (!page) {
        m_error = page.error().text();
        m_atEnd = true;
        return;
    }
    std::vector<AuditEntry> rows = std::move(page).value();
    m_atEnd = rows.size() < size_t(pageSize);
    if (rows.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    for (AuditEntry& e : rows)
        m_rows.push_back(std::move(e));
    endInsertRows();
}

} // namespace sl
