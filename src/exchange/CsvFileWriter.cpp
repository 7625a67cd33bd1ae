#include "CsvFileWriter.h"

#include "CsvWriter.h"

namespace sl {

Status CsvFileWriter::open(const QStringList& header)
{
    if (Status s = CsvWriter::checkTarget(m_file.fileName()); !s)
        return s;
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError();
    m_buffer = QByteArray("\xEF\xBB\xBF");
    return add(header);
}

Status CsvFileWriter::add(const QStringList& fields)
{
    m_buffer += (CsvWriter::formatRecord(fields) + QStringLiteral("\r\n")).toUtf8();
    if (m_buffer.size() < (1 << 20))
        return {};
    return flush();
}

Status CsvFileWriter::commit()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_file.commit())
        return ioError();
    return {};
}

Status CsvFileWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size())
        return ioError();
    m_buffer.clear();
    return {};
}

Error CsvFileWriter::ioError() const
{
    return Error{
        ErrorCode::Io, QString(),
        QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString())};
}

} // namespace sl
