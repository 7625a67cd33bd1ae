#include "exchange/TextDecoding.h"

#include "files/LedgerFiles.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextCodec>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sl {

namespace {

constexpr qint64 kChunk = 64 * 1024;
const QByteArray kUtf8Bom("\xEF\xBB\xBF");
const QByteArray kGbBom("\x84\x31\x95\x33");

// A position in the file: byte offset and physical line (CRLF, LF or a lone CR end a line).
struct Position
{
    qint64 offset = -1;
    int line = 0;
    bool isSet() const { return offset >= 0; }
};

// Checks bytes as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF)
// and as GB18030 (one, two or four byte sequences), one byte at a time; remembers where each
// first went wrong and where the first NUL is.
class ByteScan
{
public:
    void add(const char* data, qint64 size, qint64 base)
    {
        for (qint64 k = 0; k < size; ++k) {
            const auto b = static_cast<unsigned char>(data[k]);
            const qint64 at = base + k;
            if (b == 0 && !m_nul.isSet())
                m_nul = {at, m_line};
            if (!m_utf8Bad.isSet())
                utf8(b, at);
            if (!m_gbBad.isSet())
                gb(b, at);
            if (b == '\r') {
                ++m_line;
                m_prevCr = true;
            } else {
                if (b == '\n' && !m_prevCr)
                    ++m_line;
                m_prevCr = false;
            }
        }
    }

    void finish()
    {
        if (m_need > 0 && !m_utf8Bad.isSet())
            m_utf8Bad = m_utf8Start;
        if (m_gbPos > 0 && !m_gbBad.isSet())
            m_gbBad = m_gbStart;
    }

    Position utf8Bad() const { return m_utf8Bad; }
    Position gbBad() const { return m_gbBad; }
    Position nul() const { return m_nul; }

private:
    void utf8(unsigned char b, qint64 at)
    {
        if (m_need > 0) {
            if (b >= m_lo && b <= m_hi) {
                --m_need;
                m_lo = 0x80;
                m_hi = 0xBF;
                return;
            }
            m_utf8Bad = m_utf8Start;
            return;
        }
        m_utf8Start = {at, m_line};
        m_lo = 0x80;
        m_hi = 0xBF;
        if (b < 0x80)
            return;
        if (b >= 0xC2 && b <= 0xDF) {
            m_need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_need = 2;
            if (b == 0xE0)
                m_lo = 0xA0;
            else if (b == 0xED)
                m_hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_need = 3;
            if (b == 0xF0)
                m_lo = 0x90;
            else if (b == 0xF4)
                m_hi = 0x8F;
        } else {
            m_utf8Bad = m_utf8Start;
        }
    }

    void gb(unsigned char b, qint64 at)
    {
        const bool lead = b >= 0x81 && b <= 0xFE;
        const bool digit = b >= 0x30 && b <= 0x39;
        switch (m_gbPos) {
        case 0:
            m_gbStart = {at, m_line};
            if (lead)
                m_gbPos = 1;
            else if (b > 0x7F)
                m_gbBad = m_gbStart;
            return;
        case 1:
            if ((b >= 0x40 && b <= 0x7E) || lead)
                m_gbPos = 0;
            else if (digit)
                m_gbPos = 2;
            else
                m_gbBad = m_gbStart;
            return;
        case 2:
            if (lead)
                m_gbPos = 3;
            else
                m_gbBad = m_gbStart;
            return;
        default:
            if (digit)
                m_gbPos = 0;
            else
                m_gbBad = m_gbStart;
            return;
        }
    }

    int m_line = 1;
    bool m_prevCr = false;
    int m_need = 0;
    unsigned char m_lo = 0x80;
    unsigned char m_hi = 0xBF;
    Position m_utf8Start;
    Position m_utf8Bad;
    int m_gbPos = 0;
    Position m_gbStart;
    Position m_gbBad;
    Position m_nul;
};

Error invalidEncoding(const QString& message)
{
    return Error::invalid(QString(), message);
}

Error fail(DecodeFailure* failure, const Position& at, const QString& message)
{
    if (failure)
        *failure = {at.line, at.offset, invalidEncoding(message)};
    return invalidEncoding(
        QStringLiteral("line %1, byte %2: %3").arg(at.line).arg(at.offset).arg(message));
}

Error tooLarge(const QString& what)
{
    return Error{ErrorCode::Invalid, QString(),
                 QStringLiteral("%1 is larger than %2 MiB; split it into smaller files")
                     .arg(what)
                     .arg(TextDecoding::maxFileBytes >> 20)};
}

// Reads up to kChunk bytes; stops at maxFileBytes (a file that grows while it is read).
bool readChunk(QIODevice& in, qint64 done, QByteArray* chunk)
{
    chunk->resize(kChunk);
    qint64 got = 0;
    while (got < kChunk) {
        const qint64 n = in.read(chunk->data() + got, kChunk - got);
        if (n <= 0)
            break;
        got += n;
    }
    chunk->resize(got);
    return done + got <= TextDecoding::maxFileBytes;
}

QString describeByte(QIODevice& in, qint64 offset)
{
    if (!in.seek(offset))
        return QString();
    const QByteArray b = in.read(1);
    if (b.isEmpty())
        return QStringLiteral("the file ends inside a character");
    return QStringLiteral("byte 0x%1")
        .arg(static_cast<unsigned char>(b.at(0)), 2, 16, QLatin1Char('0'));
}

// Both passes over `in` (which must be seekable): check, then decode into `sink`.
Result<TextEncoding> decodeDevice(QIODevice& in, const QString& name,
                                  const TextDecoding::StoppableSink& sink, DecodeFailure* failure)
{
    ByteScan scan;
    QByteArray chunk;
    QByteArray head;
    qint64 total = 0;
    for (;;) {
        if (!readChunk(in, total, &chunk))
            return tooLarge(name);
        if (chunk.isEmpty())
            break;
        if (head.size() < 4)
            head += chunk.left(4 - head.size());
        scan.add(chunk.constData(), chunk.size(), total);
        total += chunk.size();
    }
    if (auto* file = qobject_cast<QFileDevice*>(&in); file && file->error() != QFileDevice::NoError)
        return Error{ErrorCode::Invalid, QString(),
                     QStringLiteral("cannot read %1: %2").arg(name, in.errorString())};
    scan.finish();

    TextEncoding encoding = TextEncoding::Utf8;
    qint64 skip = 0;
    if (head.startsWith(kUtf8Bom)) {
        encoding = TextEncoding::Utf8Bom;
        skip = 3;
        if (scan.utf8Bad().isSet())
            return fail(failure, scan.utf8Bad(),
                        QStringLiteral("the file starts with a UTF-8 byte order mark but is not "
                                       "valid UTF-8 (%1)")
                            .arg(describeByte(in, scan.utf8Bad().offset)));
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return fail(failure, {0, 1},
                    QStringLiteral("the file is UTF-16 text; save it as CSV (UTF-8) or CSV "
                                   "(GB18030) instead"));
    } else if (!scan.utf8Bad().isSet()) {
        encoding = TextEncoding::Utf8;
    } else if (!scan.gbBad().isSet()) {
        encoding = TextEncoding::Gb18030;
    } else {
        // Likely meant as GB18030 when it went wrong later as GB18030 than as UTF-8.
        const bool gbLater = scan.gbBad().offset > scan.utf8Bad().offset;
        const Position at = gbLater ? scan.gbBad() : scan.utf8Bad();
        return fail(
            failure, at,
            QStringLiteral("the file is neither UTF-8 nor GB18030 text (%1 is not valid %2)")
                .arg(describeByte(in, at.offset),
                     gbLater ? QStringLiteral("GB18030") : QStringLiteral("UTF-8")));
    }
    if (scan.nul().isSet())
        return fail(failure, scan.nul(),
                    QStringLiteral("the file contains NUL characters; it is not a text file "
                                   "(UTF-16 or binary?)"));

    if (!in.seek(skip))
        return Error{ErrorCode::Invalid, QString(),
                     QStringLiteral("cannot read %1: %2").arg(name, in.errorString())};
    // ConvertInitialBom: only the one BOM handled above is stripped; a U+FEFF after it is text.
    const auto flags = QStringConverter::Flag::ConvertInitialBom;
    QStringDecoder decoder = encoding == TextEncoding::Gb18030
                                 ? QStringDecoder("GB18030", flags)
                                 : QStringDecoder(QStringConverter::Utf8, flags);
    if (!decoder.isValid())
        return invalidEncoding(QStringLiteral("this build cannot decode GB18030"));
    bool first = true;
    qint64 done = skip;
    for (;;) {
        if (!readChunk(in, done, &chunk))
            return tooLarge(name);
        if (chunk.isEmpty())
            break;
        QString piece = decoder.decode(chunk);
        if (decoder.hasError())
            return fail(failure, {done, 0},
                        QStringLiteral("the file is not valid %1 text near this byte")
                            .arg(TextDecoding::encodingName(encoding)));
        if (first && encoding == TextEncoding::Gb18030 && head.startsWith(kGbBom) &&
            piece.startsWith(QChar(u'\uFEFF')))
            piece.remove(0, 1);
        first = false;
        done += chunk.size();
        if (!sink(piece))
            return encoding;
    }
    // End of input: a sequence the decoder still holds is incomplete.
    const QString rest = decoder.decode(QByteArrayView());
    if (decoder.hasError() || !rest.isEmpty())
        return fail(failure, {done, 0}, QStringLiteral("the file ends inside a character"));
    return encoding;
}

// Opens a regular file for reading without blocking on a FIFO (the type is checked on the
// opened descriptor, so the file cannot be swapped in between).
Result<std::unique_ptr<QFile>> openRegular(const QString& path)
{
    const auto ioError = [&](const QString& why) {
        return Error{ErrorCode::Invalid, QString(),
                     QStringLiteral("cannot read %1: %2").arg(path, why)};
    };
    const QFileInfo info(path);
    if (!info.exists())
        return ioError(QStringLiteral("no such file"));
    if (info.isDir())
        return ioError(QStringLiteral("it is a folder, not a file"));
    // Never through a descriptor of our own onto the open ledger: closing it would drop the
    // locks SQLite holds on it (LedgerFiles::isOpenHere).
    if (LedgerFiles::isOpenHere(path))
        return ioError(QStringLiteral("it is the open ledger, not an import file"));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return ioError(QString::fromLocal8Bit(strerror(errno)));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        const QString kind = S_ISFIFO(st.st_mode)   ? QStringLiteral("a FIFO (named pipe)")
                             : S_ISCHR(st.st_mode)  ? QStringLiteral("a character device")
                             : S_ISBLK(st.st_mode)  ? QStringLiteral("a block device")
                             : S_ISSOCK(st.st_mode) ? QStringLiteral("a socket")
                             : S_ISDIR(st.st_mode)  ? QStringLiteral("a folder")
                                                    : QStringLiteral("a special file");
        return ioError(QStringLiteral("it is %1, not a regular file").arg(kind));
    }
    if (st.st_size > TextDecoding::maxFileBytes) {
        ::close(fd);
        return tooLarge(path);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return ioError(file->errorString());
    }
    return file;
}

} // namespace

Result<TextEncoding> TextDecoding::decode(const QByteArray& bytes, const Sink& sink,
                                          DecodeFailure* failure)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decodeDevice(
        buffer, QStringLiteral("the text"),
        [&](QStringView piece) {
            sink(piece);
            return true;
        },
        failure);
}

Result<DecodedText> TextDecoding::decode(const QByteArray& bytes)
{
    DecodedText result;
    auto encoding = decode(bytes, [&](QStringView piece) { result.text += piece; });
    if (!encoding)
        return encoding.error();
    result.encoding = *encoding;
    return result;
}

Result<TextEncoding> TextDecoding::decodeFile(const QString& path, const Sink& sink,
                                              DecodeFailure* failure)
{
    return decodeFileUntil(
        path,
        [&](QStringView piece) {
            sink(piece);
            return true;
        },
        failure);
}

Result<TextEncoding> TextDecoding::decodeFileUntil(const QString& path, const StoppableSink& sink,
                                                   DecodeFailure* failure)
{
    auto file = openRegular(path);
    if (!file)
        return file.error();
    return decodeDevice(**file, path, sink, failure);
}

Result<DecodedText> TextDecoding::decodeFile(const QString& path)
{
    DecodedText result;
    auto encoding = decodeFile(path, [&](QStringView piece) { result.text += piece; });
    if (!encoding)
        return encoding.error();
    result.encoding = *encoding;
    return result;
}

QByteArray TextDecoding::encodeGb18030(const QString& text)
{
    QStringEncoder encoder("GB18030", QStringConverter::Flag::Stateless);
    if (encoder.isValid())
        return encoder.encode(text);
    if (QTextCodec* codec = QTextCodec::codecForName("GB18030"))
        return codec->fromUnicode(text);
    return {};
}

QString TextDecoding::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

} // namespace sl
