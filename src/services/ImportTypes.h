#pragma once

#include <QString>

#include <functional>
#include <utility>
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

// The rows of an import file, handed to the import one at a time in the order of the file, as
// the file is read (the exchange layer's FileRows: the file is never held whole).
template <typename T> class ImportRows
{
public:
    using Take = std::function<bool(ImportRow<T>& row)>;
    virtual ~ImportRows() = default;

    // Hands each row to `take` until it returns false or the rows end. False when the rows were
    // not all handed on because the file is at fault (its reader reports how): the import must
    // then change nothing.
    virtual bool forEach(const Take& take) = 0;

    // The cells that did not parse, of the rows handed on so far, not taken yet.
    std::vector<RowError> takeReadErrors() { return std::exchange(m_readErrors, {}); }

protected:
    std::vector<RowError> m_readErrors;
};

// Rows the caller holds already, with the cells that did not parse.
template <typename T> class VectorRows : public ImportRows<T>
{
public:
    VectorRows(const std::vector<ImportRow<T>>& rows, const std::vector<RowError>& readErrors)
        : m_rows(rows)
    {
        this->m_readErrors = readErrors;
    }

    bool forEach(const typename ImportRows<T>::Take& take) override
    {
        for (const ImportRow<T>& row : m_rows) {
            ImportRow<T> copy = row;
            if (!take(copy))
                break;
        }
        return true;
    }

private:
    const std::vector<ImportRow<T>>& m_rows;
};

} // namespace sl
