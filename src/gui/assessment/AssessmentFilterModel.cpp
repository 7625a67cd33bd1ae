#include "gui/assessment/AssessmentFilterModel.h"

#include "gui/assessment/AssessmentTableModel.h"

namespace sl {

AssessmentFilterModel::AssessmentFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AssessmentTableModel::SortRole);
}

void AssessmentFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidate();
}

bool AssessmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    for (int column :
         {AssessmentTableModel::ExtId, AssessmentTableModel::Name, AssessmentTableModel::Org}) {
        const QString text =
            sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool AssessmentFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (const auto* model = qobject_cast<const AssessmentTableModel*>(sourceModel()))
        return model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sl
