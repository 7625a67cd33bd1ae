#include "TableFileWriter.h"

#include "CsvFileWriter.h"
#include "XlsxFileWriter.h"

#include <QFileInfo>

namespace sl {

namespace {

class CsvTableWriter : public TableFileWriter
{
public:
    explicit CsvTableWriter(const QString& path) : m_out(path) {}

    Status open(const QStringList& header, const std::vector<CellKind>&) override
    {
        return m_out.open(header);
    }
    Status add(const QStringList& fields) override { return m_out.add(fields); }
    Status addUtf8(const std::vector<QByteArrayView>& fields) override
    {
        return m_out.addUtf8(fields);
    }
    Status commit() override { return m_out.commit(); }

private:
    CsvFileWriter m_out;
};

} // namespace

Status TableFileWriter::addUtf8(const std::vector<QByteArrayView>& fields)
{
    QStringList text;
    text.reserve(qsizetype(fields.size()));
    for (const QByteArrayView field : fields)
        text << QString::fromUtf8(field);
    return add(text);
}

bool TableFileWriter::isSpreadsheet(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::unique_ptr<TableFileWriter> TableFileWriter::create(const QString& path)
{
    if (isSpreadsheet(path))
        return std::make_unique<XlsxFileWriter>(path);
    return std::make_unique<CsvTableWriter>(path);
}

Status TableFileWriter::writeTable(const QString& path, const QStringList& header,
                                   const std::vector<QStringList>& rows,
                                   const std::vector<CellKind>& kinds)
{
    auto out = create(path);
    if (Status s = out->open(header, kinds); !s)
        return s;
    for (const QStringList& row : rows) {
        if (Status s = out->add(row); !s)
            return s;
    }
    return out->commit();
}

} // namespace sl
