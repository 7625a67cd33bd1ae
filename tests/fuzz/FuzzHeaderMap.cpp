// libFuzzer harness: HeaderMap over a parsed table, with the columns of every import kind.
#include "exchange/CsvReader.h"
#include "exchange/HeaderMap.h"
#include "exchange/ImportKind.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const auto kinds = sl::importKindNames();
    const auto kind = sl::importKindFromName(kinds.at(data[0] % kinds.size()));
    if (!kind)
        std::abort();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    auto table = sl::CsvReader::parseTable(text);
    if (!table)
        return 0;
    const auto columns = sl::columnsOf(*kind);
    sl::HeaderMap header(columns, *table);
    for (const sl::ColumnSpec& spec : columns) {
        const int index = header.index(spec.key);
        if (index >= table->header.size())
            std::abort();
        if (header.ok() && spec.required && index < 0)
            std::abort();
        if (header.columnName(spec.key).isEmpty() && index < 0)
            std::abort();
        for (const auto& row : table->rows)
            (void)header.value(row, spec.key);
    }
    return 0;
}
