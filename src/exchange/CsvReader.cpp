#include "exchange/CsvReader.h"

#include "exchange/FormulaGuard.h"

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

QString unclosedMessage()
{
    return QStringLiteral("a quoted field starts here but its closing quote (\") is missing");
}

} // namespace

void CsvReader::endField()
{
    // An exact copy: the field keeps no spare capacity, the buffer keeps its own.
    m_record.fields << (m_field.isEmpty() ? QString()
                                          : QString(m_field.constData(), m_field.size()));
    m_field.resize(0);
    m_state = State::FieldStart;
}

void CsvReader::endRecord()
{
    endField();
    m_width = m_record.fields.size();
    if (!isBlankRecord(m_record.fields, m_anyQuoted))
        m_sink(std::move(m_record));
    m_record = CsvTable::Row();
    m_record.fields.reserve(m_width);
    m_anyQuoted = false;
    m_recordStarted = false;
    ++m_line;
}

// A character outside quotes (also after a closing quote, up to the separator).
void CsvReader::unquoted(QChar c)
{
    if (c == u',') {
        endField();
    } else if (c == u'\n') {
        endRecord();
    } else if (c == u'\r') {
        endRecord();
        m_skipLf = true;
    } else {
        m_field += c;
    }
}

void CsvReader::feed(QStringView text)
{
    for (const QChar c : text) {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n')
                continue;
        }
        if (!m_recordStarted) {
            m_recordStarted = true;
            m_record.line = m_line;
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == u'"') {
                m_anyQuoted = true;
                m_quoteLine = m_line;
                m_prevCrQuoted = false;
                m_state = State::Quoted;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            unquoted(c);
            continue;
        case State::Quoted:
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
                continue;
            }
            // Count physical lines inside the quotes: CRLF, LF or a lone CR is one.
            if (c == u'\r' || (c == u'\n' && !m_prevCrQuoted))
                ++m_line;
            m_prevCrQuoted = c == u'\r';
            m_field += c;
            continue;
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_field += c;
                m_prevCrQuoted = false;
                m_state = State::Quoted;
                continue;
            }
            // The closing quote; what follows up to the separator is appended.
            m_state = State::Unquoted;
            unquoted(c);
            continue;
        }
    }
}

std::optional<LineError> CsvReader::finish()
{
    if (m_state == State::Quoted)
        return LineError{m_quoteLine, Error::invalid(QString(), unclosedMessage())};
    if (m_recordStarted) {
        endRecord();
        --m_line;
    }
    return std::nullopt;
}

Result<std::vector<CsvTable::Row>> CsvReader::parseRecords(const QString& text)
{
    std::vector<CsvTable::Row> records;
    CsvReader reader([&](CsvTable::Row&& row) { records.push_back(std::move(row)); });
    QStringView view(text);
    if (view.startsWith(QChar(u'\uFEFF')))
        view = view.mid(1);
    reader.feed(view);
    if (auto e = reader.finish())
        return Error::invalid(QString(),
                              QStringLiteral("line %1: %2").arg(e->line).arg(e->error.message));
    return records;
}

Result<CsvTable> CsvReader::parseTable(const QString& text)
{
    CsvTableBuilder builder;
    CsvReader reader([&](CsvTable::Row&& row) { builder.add(std::move(row)); });
    QStringView view(text);
    if (view.startsWith(QChar(u'\uFEFF')))
        view = view.mid(1);
    reader.feed(view);
    if (auto e = reader.finish())
        return Error::invalid(QString(),
                              QStringLiteral("line %1: %2").arg(e->line).arg(e->error.message));
    if (!builder.hasHeader())
        return Error::invalid(
            QString(), QStringLiteral("the file is empty; the first row must be the header"));
    return builder.take();
}

void CsvTableBuilder::share(QString& cell)
{
    constexpr qsizetype maxLength = 24;
    constexpr qsizetype maxShared = 1 << 14;
    if (cell.isEmpty() || cell.size() > maxLength)
        return;
    if (auto it = m_shared.constFind(cell); it != m_shared.cend())
        cell = *it;
    else if (m_shared.size() < maxShared)
        m_shared.insert(cell);
}

void CsvTableBuilder::add(CsvTable::Row&& record)
{
    if (m_stopped)
        return;
    for (QString& f : record.fields) {
        if (m_restoreGuarded)
            FormulaGuard::restore(f);
        if (!m_sink) // rows handed on are not kept: nothing to share
            share(f);
    }
    if (!m_hasHeader) {
        m_hasHeader = true;
        m_table.header = std::move(record.fields);
        m_table.headerLine = record.line;
        return;
    }
    const qsizetype width = m_table.header.size();
    for (qsizetype c = width; c < record.fields.size(); ++c) {
        if (!record.fields.at(c).trimmed().isEmpty()) {
            m_table.errors.push_back(
                {record.line,
                 Error::invalid(QStringLiteral("column %1").arg(c + 1),
                                QStringLiteral("a value beyond the last header column (the header "
                                               "has %1 columns)")
                                    .arg(width))});
            break;
        }
    }
    if (record.fields.size() > width)
        record.fields.erase(record.fields.begin() + width, record.fields.end());
    while (record.fields.size() < width)
        record.fields << QString();
    if (m_sink)
        m_stopped = !m_sink(std::move(record));
    else
        m_table.rows.push_back(std::move(record));
}

} // namespace sl
