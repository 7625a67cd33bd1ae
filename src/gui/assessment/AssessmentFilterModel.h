#pragma once

#include <QSortFilterProxyModel>

namespace sl {

// The assessment table as the user sees it: filtered as you type (member number, name or
// organisation contain the text, case-insensitive) and sorted by the column clicked — names and
// organisations in Chinese (pinyin) order, numbers as numbers (the table model's SortRole).
// Equal values keep the rank order. A changed filter relays the rows out at once instead of
// removing them one range at a time, which a district's 100,000 rows would feel.
class AssessmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssessmentFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filter;
};

} // namespace sl
