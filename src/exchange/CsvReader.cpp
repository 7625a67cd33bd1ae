#include "exchange/CsvReader.h"

namespace sl {

namespace {

bool isBlankRecord(const QStringList& fields, bool anyQuoted)
{
    if (anyQuoted)
        return false;
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<std::vector<CsvTable::Row>> CsvReader::parseRecords(const QString& text)
{
    std::vector<CsvTable::Row> records;
    const qsizetype n = text.size();
    qsizetype i = (n > 0 && text.at(0) == QChar(u'\uFEFF')) ? 1 : 0;
    int line = 1;

    while (i < n) {
        CsvTable::Row record;
        record.line = line;
        bool anyQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && text.at(i) == u'"') {
                anyQuoted = true;
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    // Count physical lines inside the quotes: CRLF, LF or a lone CR is one.
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n')))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed)
                    return Error::invalid(
                        QString(),
                        QStringLiteral("line %1: a quoted field starts here but its closing "
                                       "quote (\") is missing")
                            .arg(quoteLine));
            }
            // Unquoted text, or anything between a closing quote and the next separator.
            while (i < n) {
                const QChar c = text.at(i);
                if (c == u',' || c == u'\n' || c == u'\r')
                    break;
                field += c;
                ++i;
            }
            record.fields << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else {
                // CRLF, LF or a lone CR ends the record.
                if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        if (!isBlankRecord(record.fields, anyQuoted))
            records.push_back(std::move(record));
    }
    return records;
}

Result<CsvTable> CsvReader::parseTable(const QString& text)
{
    auto records = parseRecords(text);
    if (!records)
        return records.error();
    std::vector<CsvTable::Row>& all = records.value();
    if (all.empty())
        return Error::invalid(
            QString(), QStringLiteral("the file is empty; the first row must be the header"));

    CsvTable table;
    table.header = all.front().fields;
    table.headerLine = all.front().line;
    const qsizetype width = table.header.size();
    table.rows.reserve(all.size() - 1);
    for (auto it = all.begin() + 1; it != all.end(); ++it) {
        CsvTable::Row row = std::move(*it);
        for (qsizetype c = width; c < row.fields.size(); ++c) {
            if (!row.fields.at(c).trimmed().isEmpty()) {
                table.errors.push_back(
                    {row.line,
                     Error::invalid(QString(), QStringLiteral("the row has a value in column %1 "
                                                              "but the header has only %2 columns")
                                                   .arg(c + 1)
                                                   .arg(width))});
                break;
            }
        }
        if (row.fields.size() > width)
            row.fields.erase(row.fields.begin() + width, row.fields.end());
        while (row.fields.size() < width)
            row.fields << QString();
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace sl
