#include "gui/common/TableExport.h"

#include "exchange/TableFileWriter.h"

#include <QDate>
#include <QHeaderView>
#include <QTableView>

#include <optional>

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

bool isWhole(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isDecimal(const QVariant& v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

// A cell's text and what it holds: the display value when it is a date or a number, else the
// display text, which is a date or a number when it shows the edit value as such.
std::pair<QString, CellKind> cellOf(const QModelIndex& index)
{
    const QVariant shown = index.data(Qt::DisplayRole);
    if (shown.typeId() == QMetaType::QDate)
        return {shown.toDate().toString(Qt::ISODate), CellKind::Date};
    if (isWhole(shown))
        return {shown.toString(), CellKind::Integer};
    if (isDecimal(shown))
        return {shown.toString(), CellKind::Number};
    const QString text = shown.toString();
    const QVariant edit = index.data(Qt::EditRole);
    if (edit.typeId() == QMetaType::QDate && text == edit.toDate().toString(Qt::ISODate))
        return {text, CellKind::Date};
    if (isWhole(edit) && text == edit.toString())
        return {text, CellKind::Integer};
    bool number = false;
    if (isDecimal(edit) && (text.toDouble(&number), number))
        return {text, CellKind::Number};
    // Models that show a date as its text (yyyy-MM-dd, as every view writes dates): a date.
    if (text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid())
        return {text, CellKind::Date};
    return {text, CellKind::Text};
}

} // namespace

TableExport::Rows TableExport::visibleRows(const QTableView& table)
{
    Rows out;
    const QAbstractItemModel* model = table.model();
    if (!model)
        return out;
    const std::vector<int> columns = visibleColumns(table);
    for (int column : columns)
        out.header << model->headerData(column, Qt::Horizontal).toString();
    // A column's kind: that of all its non-empty cells when they agree, else text.
    std::vector<std::optional<CellKind>> kinds(columns.size());
    out.rows.reserve(size_t(model->rowCount()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (size_t c = 0; c < columns.size(); ++c) {
            auto [text, kind] = cellOf(model->index(row, columns[c]));
            if (!text.isEmpty())
                kinds[c] = !kinds[c] || *kinds[c] == kind ? kind : CellKind::Text;
            fields << text;
        }
        out.rows.push_back(fields);
    }
    for (const auto& kind : kinds)
        out.kinds.push_back(kind.value_or(CellKind::Text));
    return out;
}

Status TableExport::write(const QTableView& table, const QString& path)
{
    const Rows rows = visibleRows(table);
    auto writer = TableFileWriter::create(path);
    if (Status s = writer->open(rows.header, rows.kinds); !s)
        return s;
    for (const QStringList& fields : rows.rows) {
        if (Status s = writer->add(fields); !s)
            return s;
    }
    return writer->commit();
}

} // namespace sl
