#include "gui/common/TableCsvExport.h"

#include "exchange/CsvWriter.h"

#include <QHeaderView>
#include <QTableView>

namespace sl {

namespace {

// The model columns shown, in their on-screen order.
std::vector<int> visibleColumns(const QTableView& table)
{
    std::vector<int> out;
    const QHeaderView* header = table.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!table.isColumnHidden(column))
            out.push_back(column);
    }
    return out;
}

} // namespace

QStringList TableCsvExport::header(const QTableView& table)
{
    QStringList out;
    const QAbstractItemModel* model = table.model();
    for (int column : visibleColumns(table))
        out << model->headerData(column, Qt::Horizontal).toString();
    return out;
}

std::vector<QStringList> TableCsvExport::rows(const QTableView& table)
{
    std::vector<QStringList> out;
    const QAbstractItemModel* model = table.model();
    const std::vector<int> columns = visibleColumns(table);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int column : columns)
            fields << model->index(row, column).data().toString();
        out.push_back(fields);
    }
    return out;
}

Status TableCsvExport::write(const QTableView& table, const QString& path)
{
    return CsvWriter::writeFile(path, header(table), rows(table));
}

} // namespace sl
