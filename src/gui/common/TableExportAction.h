#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QTableView;

namespace sl {

// "Export Visible Rows…" in the context menu of a table view: asks for a file (.xlsx or .csv)
// and writes what the table shows — its filter and sort, its visible columns — through
// TableExport. install() adds the action to the table (object name: the table's own followed by
// "ExportAction"); a table with a menu of its own (Qt::CustomContextMenu) lists it through
// addTo(), any other gets Qt::ActionsContextMenu.
class TableExportAction : public QObject
{
    Q_OBJECT

public:
    // `fileStem` names the suggested file ("members" → members.xlsx).
    static QAction* install(QTableView* table, const QString& fileStem);
    // Makes a view's own export action (one that suggests a file name of its own) the table's.
    static void adopt(QTableView* table, QAction* action);
    // The action install() or adopt() gave `table`, or null.
    static QAction* of(const QTableView* table);
    // Appends a separator and the table's action to a menu the view builds itself.
    static void addTo(QMenu& menu, const QTableView* table);

    // Asks for the file and writes it; the outcome is shown in a message box.
    static void exportRows(QTableView* table, const QString& fileStem);
};

} // namespace sl
