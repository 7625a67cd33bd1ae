#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>

class QIODevice;

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

// Where decoding failed: the physical line (1-based) and the byte offset (0-based) of the first
// byte at fault, and a message without position. text() is "byte N: message".
struct DecodeFailure
{
    int line = 0;
    qint64 offset = 0;
    Error error;
};

// Turns the bytes of an import file into text, detecting the encoding:
//   1. starts with the UTF-8 BOM        -> UTF-8, BOM stripped (invalid UTF-8 after it is an error)
//   2. starts with a UTF-16 BOM         -> error (not a supported encoding)
//   3. the whole file is valid UTF-8    -> UTF-8
//   4. the whole file is valid GB18030  -> GB18030 (a leading GB18030 BOM is stripped)
//   5. otherwise                        -> error
// Text containing NUL characters is an error (a binary file or UTF-16 without BOM).
// Only that one leading BOM is stripped; a U+FEFF after it is text and kept.
//
// Files are decoded as a stream: one pass checks the encoding, a second hands the text to a sink
// in pieces of a few ten thousand characters, so memory does not grow with the file.
class TextDecoding
{
public:
    // The largest import file read (256 MiB); a larger one is refused before it is read.
    static constexpr qint64 maxFileBytes = qint64(256) << 20;

    // Receives the decoded text, piece by piece, in order.
    using Sink = std::function<void(QStringView)>;

    static Result<DecodedText> decode(const QByteArray& bytes);

    // Decodes `bytes`, handing the text to `sink`; on failure `failure` (if given) says where.
    static Result<TextEncoding> decode(const QByteArray& bytes, const Sink& sink,
                                       DecodeFailure* failure = nullptr);

    // Reads and decodes a file; a file that cannot be read, is not a regular file (a FIFO, a
    // device, a folder) or is larger than maxFileBytes is an ErrorCode::Invalid error (exit 2:
    // the input is at fault, nothing was changed).
    static Result<DecodedText> decodeFile(const QString& path);
    static Result<TextEncoding> decodeFile(const QString& path, const Sink& sink,
                                           DecodeFailure* failure = nullptr);
    // The same, with a sink that may stop the reading: once it returns false no more text is
    // decoded (the encoding, checked whole before the first piece, is returned).
    using StoppableSink = std::function<bool(QStringView)>;
    static Result<TextEncoding> decodeFileUntil(const QString& path, const StoppableSink& sink,
                                                DecodeFailure* failure = nullptr);

    // GB18030 bytes of `text` (for tests and for export to older Excel).
    static QByteArray encodeGb18030(const QString& text);

    // "UTF-8 (BOM)", "UTF-8", "GB18030".
    static QString encodingName(TextEncoding encoding);
};

} // namespace sl
