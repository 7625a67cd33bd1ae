#pragma once

#include <QString>

#include <vector>

namespace sl {

// One problem of an import file: the line (1-based, where the record starts), the column key
// (FORMATS.md English name; the exchange layer prints it as the file's own header) and a
// message.
struct RowError
{
    int line = 0;
    QString column;
    QString message;
};

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// What an import did, or why it did nothing: with any error, nothing was changed.
struct ImportReport
{
    ImportCounts counts;
    std::vector<RowError> errors;

    bool ok() const { return errors.empty(); }
};

// A record read from a file, with the line it came from.
template <typename T> struct ImportRow
{
    int line = 0;
    T record;
};

} // namespace sl
