#pragma once

#include "domain/Result.h"

#include <QIODevice>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace sl {

// The zip package of an XLSX file, read part by part as a stream, with the guards an input from
// anywhere needs: a part is refused when it declares or turns out to hold more than its limit
// (zip bombs), and XML with a DTD is refused (no entity declarations, no external entities).
// Errors name the file: Io when it cannot be read at all, Invalid for what it holds.
class XlsxPackage
{
public:
    explicit XlsxPackage(QString path);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    Status open();
    bool has(const QString& part) const;

    // Opens `part` (case-insensitive, no leading '/') for streaming; reading more than `limit`
    // bytes fails the stream (see finish). Only one part is open at a time.
    Result<QIODevice*> openPart(const QString& part, qint64 limit);
    // Closes the part; an error when it was larger than its limit, damaged (CRC), or the XML of
    // `xml` did not parse.
    Status finish(const QString& part, const QXmlStreamReader& xml);

    // "FILE: message" as an Invalid error.
    Error invalid(const QString& message) const;
    const QString& path() const { return m_path; }

    // The next token of `xml`, raising an error on a DTD.
    static QXmlStreamReader::TokenType next(QXmlStreamReader& xml);

private:
    class LimitedDevice;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<LimitedDevice> m_device;
    qint64 m_limit = 0;
};

} // namespace sl
