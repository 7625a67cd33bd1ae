#include "gui/assessment/AssessmentFilterModel.h"

#include "gui/assessment/AssessmentTableModel.h"

namespace sl {

AssessmentFilterModel::AssessmentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    setSortRole(AssessmentTableModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void AssessmentFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
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
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (AssessmentTableModel::isNumeric(left.column()) ||
        left.column() == AssessmentTableModel::GradeColumn ||
        left.column() == AssessmentTableModel::PublishedGrade)
        return a.toDouble() < b.toDouble();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

} // namespace sl
