#include "CsvFileWriter.h"

#include "CsvBytes.h"
#include "CsvWriter.h"

namespace sl {

Status CsvFileWriter::open(const QStringList& header)
{
    if (Status s = m_file.open(); !s)
        return s;
    m_buffer = QByteArray("\xEF\xBB\xBF");
    return add(header);
}

Status CsvFileWriter::add(const QStringList& fields)
{
    m_line.clear(); // keeps its capacity: one string for every record
    CsvWriter::appendRecord(m_line, fields);
    m_line += QLatin1String("\r\n");
    m_buffer += m_line.toUtf8();
    if (m_buffer.size() < (1 << 20))
        return {};
    return flush();
}

Status CsvFileWriter::addUtf8(const std::vector<QByteArrayView>& fields)
{
    csvbytes::appendRecord(m_buffer, fields);
    m_buffer += "\r\n";
    if (m_buffer.size() < (1 << 20))
        return {};
    return flush();
}

Status CsvFileWriter::commit()
{
    if (Status s = flush(); !s)
        return s;
    return m_file.commit();
}

Status CsvFileWriter::flush()
{
    if (Status s = m_file.write(m_buffer); !s)
        return s;
    m_buffer.resize(0); // keeps its capacity for the next megabyte
    return {};
}

} // namespace sl
