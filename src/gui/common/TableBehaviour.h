#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QMenu;
class QTableView;

namespace sl {

class TableSortProxy;

// What every table of the program does alike, installed in one call: remembered columns
// (ColumnState), a context menu on the rows (the view's edit and delete actions, then "Export
// Visible Rows…"), Enter or double-click triggers the edit action, an empty state (EmptyState),
// and for in-memory tables the Chinese sort and the filter as you type (TableSortProxy, with a
// filter field the view places in its bar).
class TableBehaviour : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString exportStem;      // the suggested file of "Export Visible Rows…" (none: no export)
        QString emptyText;       // shown when the table has no rows (none: no empty state)
        QAction* edit = nullptr; // Enter, double-click and the menu's first entry
        QAction* remove = nullptr; // in the menu after edit
        QList<QAction*> more;      // further menu entries (new, …)
    };

    // The table has its model (or proxy) and an object name.
    static TableBehaviour* install(QTableView* table, const Options& options);
    static TableBehaviour* of(const QTableView* table);

    // Puts a TableSortProxy between `source` and the table and enables sorting; the columns in
    // `initialsColumns` also match pinyin initials. Call before install().
    static TableSortProxy* sortAndFilter(QTableView* table, QAbstractItemModel* source,
                                         std::vector<int> initialsColumns = {});
    // A filter field for the table's TableSortProxy (object name: the table's followed by
    // "FilterLineEdit"), for the view to place; filters as it is typed. Its placeholder is
    // `placeholder`, else "Filter (names also by pinyin initials)"; the field is wide enough to
    // show it whole.
    static QLineEdit* filterField(QTableView* table, QWidget* parent,
                                  const QString& placeholder = {});

    // The source row of a row of the table (through its proxy, if any); -1 when none.
    static int sourceRow(const QTableView* table, int row);
    // The source row of the table's current index; -1 when none.
    static int currentSourceRow(const QTableView* table);

    // Fills the row menu (for tests).
    void fillMenu(QMenu& menu) const;

private:
    TableBehaviour(QTableView* table, const Options& options);
    void showMenu(const QPoint& pos);

    QPointer<QTableView> m_table;
    Options m_options;
};

} // namespace sl
