#pragma once

#include "domain/Result.h"
#include "files/OutputFile.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace sl {

// Writes the CSV of CsvWriter::toBytes (UTF-8 with BOM, CRLF) record by record into a file that
// appears only when commit() succeeds (OutputFile), so that an export of a district's year never
// holds the whole file in memory and a failed export (a full disk too) leaves no half file.
class CsvFileWriter
{
public:
    explicit CsvFileWriter(const QString& path) : m_file(path, QStringLiteral("o")) {}

    // Opens the file and writes the BOM and the header.
    Status open(const QStringList& header);
    Status add(const QStringList& fields);
    // The same record from UTF-8 cells, written as bytes (csvbytes).
    Status addUtf8(const std::vector<QByteArrayView>& fields);
    Status commit();

private:
    Status flush();

    OutputFile m_file;
    QByteArray m_buffer;
    QString m_line;
};

} // namespace sl
