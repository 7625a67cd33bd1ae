#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <vector>

namespace sl {

// The sort and filter of every in-memory table: Chinese (pinyin) order for text, as the
// database's collation `zh` sorts (digits as numbers: 2 before 10), numbers as numbers and dates
// as dates (a model gives them in SortRole, or in the display role as values); and a filter that
// keeps the rows whose shown text contains what is typed, or — for the name columns — whose
// pinyin initials start with it ("zw" keeps 张伟). Sorting is enabled on the table by
// TableBehaviour; the paged tables (members, sessions, make-up ledger) sort in the database.
class TableSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // A model may give the value to sort by here (a number, a QDate, a text); else the display.
    // (setSortRole() names another role for it.)
    static constexpr int SortRole = Qt::UserRole + 400;

    explicit TableSortProxy(QObject* parent = nullptr);

    // The columns whose text is also matched by pinyin initials (names).
    void setInitialsColumns(std::vector<int> columns);
    // Filters as the text is typed; empty shows every row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }

    // How two values compare in the tables' order (<0, 0, >0): for tests and other sorts.
    int compareValues(const QVariant& left, const QVariant& right) const;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QVariant sortValue(const QModelIndex& index) const;

    QCollator m_collator;
    std::vector<int> m_initialsColumns;
    QString m_filter;
    bool m_initialsFilter = false;
};

} // namespace sl
