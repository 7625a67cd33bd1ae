#include "gui/common/TableSortProxy.h"

#include "domain/PinyinInitials.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace sl {

namespace {

bool isNumber(const QVariant& v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

template <typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

TableSortProxy::TableSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    setSortRole(SortRole);
}

void TableSortProxy::setInitialsColumns(std::vector<int> columns)
{
    m_initialsColumns = std::move(columns);
    invalidateFilter();
}

void TableSortProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    m_initialsFilter = PinyinInitials::isInitialsFilter(trimmed);
    invalidateFilter();
}

int TableSortProxy::compareValues(const QVariant& left, const QVariant& right) const
{
    // Empty values last in ascending order, whatever their kind.
    const bool leftEmpty = !left.isValid() || left.toString().isEmpty();
    const bool rightEmpty = !right.isValid() || right.toString().isEmpty();
    if (leftEmpty || rightEmpty)
        return threeWay(leftEmpty, rightEmpty);
    if (isNumber(left) && isNumber(right))
        return threeWay(left.toDouble(), right.toDouble());
    if (left.metaType().id() == QMetaType::QDate && right.metaType().id() == QMetaType::QDate)
        return threeWay(left.toDate(), right.toDate());
    if (left.metaType().id() == QMetaType::QDateTime &&
        right.metaType().id() == QMetaType::QDateTime)
        return threeWay(left.toDateTime(), right.toDateTime());
    return m_collator.compare(left.toString(), right.toString());
}

QVariant TableSortProxy::sortValue(const QModelIndex& index) const
{
    const QVariant value = index.data(sortRole());
    return value.isValid() ? value : index.data(Qt::DisplayRole);
}

bool TableSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = compareValues(sortValue(left), sortValue(right));
    // Equal values keep the model's order (the sort is stable).
    return order != 0 ? order < 0 : left.row() < right.row();
}

bool TableSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel* source = sourceModel();
    for (int c = 0; c < source->columnCount(sourceParent); ++c) {
        const QString text = source->index(sourceRow, c, sourceParent).data().toString();
        if (text.contains(m_filter, Qt::CaseInsensitive))
            return true;
        if (m_initialsFilter &&
            std::find(m_initialsColumns.begin(), m_initialsColumns.end(), c) !=
                m_initialsColumns.end() &&
            PinyinInitials::of(text).startsWith(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sl
