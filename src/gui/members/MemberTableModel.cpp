#include "gui/members/MemberTableModel.h"

#include "gui/common/UiLanguage.h"

#include "services/RosterService.h"

#include <QGuiApplication>
#include <QPalette>
#include <QScopedValueRollback>

#include <algorithm>

namespace sl {

MemberTableModel::MemberTableModel(RosterService* roster, QObject* parent)
    : QAbstractTableModel(parent), m_roster(roster)
{
}

void MemberTableModel::setRoster(RosterService* roster)
{
    m_roster = roster;
}

void MemberTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void MemberTableModel::setQuery(const MemberQuery& query)
{
    m_query = query;
    reload();
}

void MemberTableModel::setOrg(qint64 orgId, bool includeDescendants)
{
    m_query.orgId = orgId;
    m_query.includeDescendants = includeDescendants;
    reload();
}

void MemberTableModel::setActiveOnly(bool activeOnly)
{
    m_query.activeOnly = activeOnly;
    reload();
}

void MemberTableModel::setFilter(const QString& filter)
{
    m_query.filter = filter.trimmed();
    reload();
}

void MemberTableModel::reload()
{
    QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_roster) {
        auto count = m_roster->memberCount(m_query);
        if (!count) {
            m_error = count.error().message;
        } else {
            m_total = *count;
            auto page = m_roster->memberPage(m_query, 0, m_pageSize);
            if (page) {
                m_rows = std::move(page).value();
            } else {
                m_error = page.error().message;
                m_total = 0;
            }
        }
    }
    // Rows appearing between the count and the page (another program writing) are not fetched.
    m_total = std::max<qint64>(m_total, static_cast<qint64>(m_rows.size()));
    endResetModel();
    emit totalCountChanged(m_total);
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

const MemberRow* MemberTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int MemberTableModel::rowOfMember(qint64 memberId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const MemberRow& r) { return r.member.id == memberId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

std::optional<MemberQuery::SortKey> MemberTableModel::sortKeyOf(int column)
{
    using K = MemberQuery::SortKey;
    switch (column) {
    case ExtId:
        return K::ExtId;
    case Name:
        return K::Name;
    case Gender:
        return K::Gender;
    case JoinDate:
        return K::JoinDate;
    case Category:
        return K::Category;
    case Org:
        return K::Org;
    case Position:
        return K::Position;
    case CadreLevel:
        return K::CadreLevel;
    default:
        return std::nullopt;
    }
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::text(const MemberRow& row, int column) const
{
    const Member& m = row.member;
    switch (column) {
    case ExtId:
        return m.extId;
    case Name:
        return m.name;
    case Gender:
        return m.gender ? ui::label(*m.gender) : QString();
    case JoinDate:
        return dates::toIso(m.joinDate);
    case Category:
        return m.category ? ui::label(*m.category) : QString();
    case Org:
        return row.orgName;
    case Position:
        return m.position;
    case CadreLevel:
        return m.isCadre() ? ui::label(m.cadreLevel) : QString();
    case Phone:
        return m.phone;
    default:
        return {};
    }
}

QString MemberTableModel::inactiveText(const Member& m)
{
    QString text =
        tr("Left on %1 (%2)")
            .arg(dates::toIso(m.leftOn), m.leaveReason ? ui::label(*m.leaveReason) : QString());
    if (!m.leaveNote.isEmpty())
        text += QStringLiteral(": ") + m.leaveNote;
    return text;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (!row.member.isActive())
            return inactiveText(row.member);
        return index.column() == Org ? QVariant(row.orgName) : QVariant();
    case Qt::ForegroundRole:
        // A member who left (停用) is greyed.
        if (!row.member.isActive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case MemberIdRole:
        return row.member.id;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExtId:
        return tr("Number");
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case JoinDate:
        return tr("Join date");
    case Category:
        return tr("Category");
    case Org:
        return tr("Organisation");
    case Position:
        return tr("Position");
    case CadreLevel:
        return tr("Cadre level");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

bool MemberTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_roster && static_cast<qint64>(m_rows.size()) < m_total;
}

void MemberTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_busy || !canFetchMore(parent))
        return;
    QScopedValueRollback busy(m_busy, true);
    const int offset = static_cast<int>(m_rows.size());
    MemberQuery next = m_query;
    if (!m_rows.empty())
        next.after = m_rows.back(); // continue after the last row loaded
    auto page = m_roster->memberPage(next, offset, m_pageSize);
    if (!page) {
        fail(page.error().message);
        return;
    }
    std::vector<MemberRow>& rows = page.value();
    if (rows.empty()) {
        // Fewer members than counted (deleted meanwhile): stop asking for more.
        m_total = offset;
        emit totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, offset, offset + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    endInsertRows();
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    if (column == m_sortColumn && *key == m_query.sortKey && order == m_query.order &&
        !m_rows.empty())
        return;
    m_sortColumn = column;
    m_query.sortKey = *key;
    m_query.order = order;
    reload();
}

void MemberTableModel::fail(const QString& message)
{
    m_error = message;
    m_total = static_cast<qint64>(m_rows.size());
    emit totalCountChanged(m_total);
    emit loadFailed(message);
}

} // namespace sl
