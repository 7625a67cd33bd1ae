#include "exchange/HeaderMap.h"

namespace sl {

namespace {

// The first row (by physical line) with a non-blank cell in column `c`, or 0.
int firstLineWithValue(const std::vector<CsvTable::Row>& rows, qsizetype c)
{
    for (const CsvTable::Row& row : rows) {
        if (c < row.fields.size() && !row.fields.at(c).trimmed().isEmpty())
            return row.line;
    }
    return 0;
}

} // namespace

HeaderMap::HeaderMap(const std::vector<ColumnSpec>& columns, const CsvTable& table,
                     const ColumnOverrides& overrides)
    : HeaderMap(columns, table.header, table.rows, overrides)
{
}

HeaderMap::HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
                     const std::vector<CsvTable::Row>& rows, const ColumnOverrides& overrides)
    : HeaderMap(
          columns, header, [&](qsizetype c) { return firstLineWithValue(rows, c); }, overrides)
{
}

HeaderMap::HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
                     const QHash<int, int>& firstValueLines, const ColumnOverrides& overrides)
    : HeaderMap(
          columns, header, [&](qsizetype c) { return firstValueLines.value(int(c)); }, overrides)
{
}

HeaderMap::HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
                     const std::function<int(qsizetype)>& firstLineWithValue,
                     const ColumnOverrides& overrides)
    : m_columns(columns), m_header(header)
{
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString written = header.at(c).trimmed();
        const ColumnSpec* match = nullptr;
        if (const auto by = overrides.constFind(static_cast<int>(c)); by != overrides.cend()) {
            if (*by == ignoreKey())
                continue; // left out by hand
            match = specOf(*by);
            if (!match) {
                m_errors.push_back(Error::invalid(
                    written.isEmpty() ? QStringLiteral("column %1").arg(c + 1) : written,
                    QStringLiteral("mapped to an unknown column %1; the columns are %2")
                        .arg(*by, describe(m_columns))));
                continue;
            }
        } else {
            match = matchByName(normalise(header.at(c)));
        }
        if (!match) {
            m_unmatched.push_back(int(c));
            const int line = firstLineWithValue(c);
            if (line == 0)
                continue; // an empty extra column, e.g. Excel's trailing columns
            if (written.isEmpty()) {
                m_errors.push_back(Error::invalid(
                    QStringLiteral("column %1").arg(c + 1),
                    QStringLiteral("the column has no header but has a value (line %1)")
                        .arg(line)));
            } else {
                m_errors.push_back(Error::invalid(
                    written, QStringLiteral("unknown column with a value (line %1); the columns "
                                            "are %2")
                                 .arg(line)
                                 .arg(describe(m_columns))));
            }
            continue;
        }
        if (m_index.contains(match->key)) {
            const int first = m_index.value(match->key);
            m_errors.push_back(Error::invalid(
                written, QStringLiteral("the column appears twice (columns %1 and %2: %3 and %4)")
                             .arg(first + 1)
                             .arg(c + 1)
                             .arg(header.at(first).trimmed(), written)));
            continue;
        }
        m_index.insert(match->key, static_cast<int>(c));
    }
    for (const ColumnSpec& spec : m_columns) {
        if (spec.required && !m_index.contains(spec.key))
            m_errors.push_back(Error::invalid(
                spec.zh, QStringLiteral("required column is missing (header %1 or %2)")
                             .arg(spec.zh, spec.en)));
    }
}

const ColumnSpec* HeaderMap::matchByName(const QString& cell) const
{
    if (cell.isEmpty())
        return nullptr;
    for (const ColumnSpec& spec : m_columns) {
        if (cell == normalise(spec.zh) ||
            cell.compare(normalise(spec.en), Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

const ColumnSpec* HeaderMap::specOf(const QString& key) const
{
    for (const ColumnSpec& spec : m_columns) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString HeaderMap::keyAt(int column) const
{
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return QString();
}

QString HeaderMap::value(const CsvTable::Row& row, const QString& key) const
{
    return rawValue(row, key).trimmed();
}

QString HeaderMap::rawValue(const CsvTable::Row& row, const QString& key) const
{
    const int c = index(key);
    if (c < 0 || c >= row.fields.size())
        return QString();
    return row.fields.at(c);
}

QString HeaderMap::columnName(const QString& key) const
{
    const int c = index(key);
    if (c >= 0 && c < m_header.size())
        return m_header.at(c).trimmed();
    for (const ColumnSpec& spec : m_columns) {
        if (spec.key == key)
            return spec.zh;
    }
    return key;
}

QString HeaderMap::describe(const std::vector<ColumnSpec>& columns)
{
    QStringList names;
    for (const ColumnSpec& spec : columns)
        names << spec.zh + QLatin1Char('/') + spec.en;
    return names.join(QStringLiteral(", "));
}

QString HeaderMap::normalise(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace sl
