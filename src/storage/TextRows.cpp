#include "TextRows.h"

#include "NativeRows.h"

namespace sl {

Status scanTextRows(Database& db, const QString& sql, const QVariantList& values,
                    const std::function<Status(const TextRow&)>& visit)
{
    TextRow row;
    return scanNativeRows(db, sql, values, [&](const NativeRow& native) -> Status {
        row.cells.resize(size_t(native.columns()));
        for (int c = 0; c < int(row.cells.size()); ++c)
            row.cells[size_t(c)] = native.bytes(c);
        return visit(row);
    });
}

} // namespace sl
