#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// CsvWriter's records written straight from UTF-8 cells into the file's bytes: the same bytes
// CsvWriter::appendRecord gives for the same text (formula guard, quoting, the lone empty
// field), without a QString per cell. The exports of whole tables write through it.
namespace sl::csvbytes {

// Appends one record (no line end) to `out`. The cells are UTF-8.
void appendRecord(QByteArray& out, const std::vector<QByteArrayView>& fields);

} // namespace sl::csvbytes
