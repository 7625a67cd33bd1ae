#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace sl {

// The assessment table as the user sees it: filtered as you type (member number, name or
// organisation contain the text, case-insensitive) and sorted by the column clicked — names and
// organisations in Chinese (pinyin) order, numbers as numbers. Equal values keep the rank order.
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
    QCollator m_collator;
};

} // namespace sl
