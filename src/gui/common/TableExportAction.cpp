#include "gui/common/TableExportAction.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableExport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QTableView>

namespace sl {

namespace {

const char* const actionProperty = "sl_tableExportAction";

// The folder of the last export (the home folder at first).
QString& lastFolder()
{
    static QString folder = QDir::homePath();
    return folder;
}

} // namespace

QAction* TableExportAction::install(QTableView* table, const QString& fileStem)
{
    auto* action = new QAction(tr("E&xport Visible Rows…"), table);
    const QString name =
        table->objectName().isEmpty() ? QStringLiteral("table") : table->objectName();
    action->setObjectName(name + QStringLiteral("ExportAction"));
    action->setProperty(actionProperty, true);
    table->addAction(action);
    if (table->contextMenuPolicy() != Qt::CustomContextMenu)
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(action, &QAction::triggered, table, [table, fileStem] { exportRows(table, fileStem); });
    return action;
}

void TableExportAction::adopt(QTableView* table, QAction* action)
{
    action->setProperty(actionProperty, true);
    if (!table->actions().contains(action))
        table->addAction(action);
}

QAction* TableExportAction::of(const QTableView* table)
{
    for (QAction* action : table->actions()) {
        if (action->property(actionProperty).toBool())
            return action;
    }
    return nullptr;
}

void TableExportAction::addTo(QMenu& menu, const QTableView* table)
{
    if (QAction* action = of(table)) {
        menu.addSeparator();
        menu.addAction(action);
    }
}

void TableExportAction::exportRows(QTableView* table, const QString& fileStem)
{
    const QString title = tr("Export Visible Rows");
    const QString suggested = lastFolder() + QLatin1Char('/') + fileStem + QStringLiteral(".xlsx");
    QString path = FileDialogs::saveFileName(table, title, suggested,
                                             tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".xlsx");
    lastFolder() = QFileInfo(path).absolutePath();
    if (Status s = TableExport::write(*table, path); !s) {
        MessageBoxes::critical(table, title, s.error().text());
        return;
    }
    MessageBoxes::information(table, title,
                              tr("Wrote %n row(s) to %1.", nullptr, table->model()->rowCount())
                                  .arg(QDir::toNativeSeparators(path)));
}

} // namespace sl
