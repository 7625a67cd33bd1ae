// libFuzzer harness: CsvReader on arbitrary text. Feeding the text in pieces gives the same
// records as feeding it whole, and writing a parsed table and reading it again gives it back.
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextDecoding.h"

#include <cstdlib>
#include <optional>

namespace {

std::vector<sl::CsvTable::Row> parse(QStringView text, qsizetype piece, bool* ok)
{
    std::vector<sl::CsvTable::Row> rows;
    sl::CsvReader reader([&](sl::CsvTable::Row&& row) { rows.push_back(std::move(row)); });
    for (qsizetype i = 0; i < text.size(); i += piece)
        reader.feed(text.mid(i, piece));
    *ok = !reader.finish().has_value();
    return rows;
}

// As an import reads a file: decoded (the one BOM stripped) and parsed as a stream.
std::optional<sl::CsvTable> readTable(const QByteArray& bytes)
{
    sl::CsvTableBuilder builder;
    sl::CsvReader reader([&](sl::CsvTable::Row&& row) { builder.add(std::move(row)); });
    if (!sl::TextDecoding::decode(bytes, [&](QStringView piece) { reader.feed(piece); }))
        return std::nullopt;
    if (reader.finish() || !builder.hasHeader())
        return std::nullopt;
    return builder.take();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bool wholeOk = false;
    bool piecesOk = false;
    const auto whole = parse(text, text.size() + 1, &wholeOk);
    const auto pieces = parse(text, 1 + qsizetype(size % 7), &piecesOk);
    if (wholeOk != piecesOk || whole.size() != pieces.size())
        std::abort();
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (whole[i].line != pieces[i].line || whole[i].fields != pieces[i].fields)
            std::abort();
        if (whole[i].line < 1 || (i > 0 && whole[i].line <= whole[i - 1].line))
            std::abort();
    }
    auto table = readTable(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!table)
        return 0;
    // Write what was read (as the exporters do) and read it again: the same cells.
    auto again = readTable(sl::CsvWriter::toBytes(*table));
    if (!again || again->header != table->header || again->rows.size() != table->rows.size())
        std::abort();
    for (std::size_t i = 0; i < table->rows.size(); ++i) {
        if (again->rows[i].fields != table->rows[i].fields)
            std::abort();
    }
    return 0;
}
