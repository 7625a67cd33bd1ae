#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace sl {

// The encodings an import file may use (FORMATS.md "Import files").
enum class TextEncoding
{
    Utf8Bom, // UTF-8 starting with EF BB BF (Excel "CSV UTF-8"); the BOM is stripped
    Utf8,    // valid UTF-8 without a BOM (includes plain ASCII and empty files)
    Gb18030, // anything else that is valid GB18030 (Excel "CSV" on a Chinese system)
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Turns the bytes of a whole import file into text, detecting the encoding:
//   1. starts with the UTF-8 BOM        -> UTF-8, BOM stripped (invalid UTF-8 after it is an error)
//   2. starts with a UTF-16 BOM         -> error (not a supported encoding)
//   3. the whole file is valid UTF-8    -> UTF-8
//   4. the whole file is valid GB18030  -> GB18030 (a leading GB18030 BOM is stripped)
//   5. otherwise                        -> error
// Text containing NUL characters is an error (a binary file or UTF-16 without BOM).
class TextDecoding
{
public:
    static Result<DecodedText> decode(const QByteArray& bytes);

    // Reads and decodes a file; a file that cannot be read is an ErrorCode::Io error.
    static Result<DecodedText> decodeFile(const QString& path);

    // GB18030 bytes of `text` (for tests and for export to older Excel).
    static QByteArray encodeGb18030(const QString& text);

    // "UTF-8 (BOM)", "UTF-8", "GB18030".
    static QString encodingName(TextEncoding encoding);

private:
    static bool decodeUtf8(const QByteArray& bytes, QString* out);
    static bool decodeGb18030(const QByteArray& bytes, QString* out);
};

} // namespace sl
