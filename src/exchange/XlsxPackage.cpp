#include "XlsxPackage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace sl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::XlsxReader", text);
}

} // namespace

// Reads from the part and fails once more than the limit came out of it: the declared size of
// a zip entry may lie.
class XlsxPackage::LimitedDevice : public QIODevice
{
public:
    LimitedDevice(QIODevice* source, qint64 limit) : m_source(source), m_limit(limit)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }

    bool overLimit() const { return m_over; }
    bool failed() const { return m_failed; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 size) override
    {
        if (m_over || m_failed)
            return -1;
        const qint64 n = m_source->read(data, size);
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_total += n;
        if (m_total > m_limit) {
            m_over = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* m_source;
    qint64 m_limit;
    qint64 m_total = 0;
    bool m_over = false;
    bool m_failed = false;
};

XlsxPackage::XlsxPackage(QString path) : m_path(std::move(path)) {}

XlsxPackage::~XlsxPackage()
{
    m_device.reset();
    m_file.reset();
    if (m_zip)
        m_zip->close();
}

Error XlsxPackage::invalid(const QString& message) const
{
    return Error::invalid(QString(), QStringLiteral("%1: %2").arg(m_path, message));
}

Status XlsxPackage::open()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return Error{ErrorCode::Io, {}, tr("%1: no such file").arg(m_path)};
    if (!info.isFile() || !info.isReadable())
        return Error{ErrorCode::Io, {}, tr("%1: not a readable file").arg(m_path)};
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return invalid(tr("not an XLSX workbook: the file is not a zip archive (or it is "
                          "damaged or cut short)"));
    return {};
}

bool XlsxPackage::has(const QString& part) const
{
    return m_zip && m_zip->setCurrentFile(part, QuaZip::csInsensitive);
}

Result<QIODevice*> XlsxPackage::openPart(const QString& part, qint64 limit)
{
    m_device.reset();
    m_file.reset();
    if (!has(part))
        return invalid(tr("not an XLSX workbook: the part %1 is missing").arg(part));
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > limit)
        return invalid(tr("the part %1 is too large (%2 MB unpacked; at most %3 MB are read)")
                           .arg(part)
                           .arg(qint64(info.uncompressedSize) >> 20)
                           .arg(limit >> 20));
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly))
        return invalid(tr("the part %1 cannot be unpacked").arg(part));
    m_limit = limit;
    m_device = std::make_unique<LimitedDevice>(m_file.get(), limit);
    return static_cast<QIODevice*>(m_device.get());
}

Status XlsxPackage::finish(const QString& part, const QXmlStreamReader& xml)
{
    const bool over = m_device && m_device->overLimit();
    const bool failed = m_device && m_device->failed();
    m_device.reset();
    int zipError = 0;
    if (m_file) {
        m_file->close();
        zipError = m_file->getZipError();
        m_file.reset();
    }
    if (over)
        return invalid(
            tr("the part %1 is too large (more than %2 MB unpacked)").arg(part).arg(m_limit >> 20));
    if (failed || zipError != 0)
        return invalid(tr("the part %1 is damaged (the file may be cut short)").arg(part));
    if (xml.hasError())
        return invalid(tr("the part %1 is not well-formed XML: line %2: %3")
                           .arg(part)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString()));
    return {};
}

QXmlStreamReader::TokenType XlsxPackage::next(QXmlStreamReader& xml)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        xml.raiseError(tr("a DTD is not accepted in a workbook"));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

} // namespace sl
