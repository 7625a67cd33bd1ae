#include "exchange/TextDecoding.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextCodec>

namespace sl {

namespace {

constexpr char16_t kBom = u'\uFEFF';

Error invalidEncoding(const QString& message)
{
    return Error::invalid(QString(), message);
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray& bytes)
{
    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        if (!decodeUtf8(bytes.mid(3), &result.text))
            return invalidEncoding(QStringLiteral(
                "the file starts with a UTF-8 byte order mark but is not valid UTF-8"));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return invalidEncoding(QStringLiteral("the file is UTF-16 text; save it as CSV (UTF-8) "
                                              "or CSV (GB18030) instead"));
    } else if (decodeUtf8(bytes, &result.text)) {
        result.encoding = TextEncoding::Utf8;
    } else if (decodeGb18030(bytes, &result.text)) {
        result.encoding = TextEncoding::Gb18030;
        if (result.text.startsWith(QChar(kBom)))
            result.text.remove(0, 1);
    } else {
        return invalidEncoding(QStringLiteral("the file is neither UTF-8 nor GB18030 text"));
    }
    if (result.text.contains(QChar(u'\0')))
        return invalidEncoding(QStringLiteral(
            "the file contains NUL characters; it is not a text file (UTF-16 or binary?)"));
    return result;
}

Result<DecodedText> TextDecoding::decodeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QString(),
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Io, QString(),
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return decode(bytes);
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

// Stateless: an incomplete sequence at the end of the file counts as an error.
bool TextDecoding::decodeUtf8(const QByteArray& bytes, QString* out)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

bool TextDecoding::decodeGb18030(const QByteArray& bytes, QString* out)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless |
                                          QStringConverter::Flag::ConvertInitialBom);
    if (decoder.isValid()) {
        *out = decoder.decode(bytes);
        return !decoder.hasError();
    }
    // This Qt has no ICU-backed GB18030 decoder: fall back to Core5Compat's codec.
    QTextCodec* codec = QTextCodec::codecForName("GB18030");
    if (!codec)
        return false;
    QTextCodec::ConverterState state(QTextCodec::ConvertInvalidToNull);
    *out = codec->toUnicode(bytes.constData(), static_cast<int>(bytes.size()), &state);
    if (state.invalidChars != 0 || state.remainingChars != 0 ||
        out->contains(QChar(QChar::ReplacementCharacter)))
        return false;
    // The codec silently drops an incomplete sequence at the end; GB18030 maps every code
    // point one-to-one, so valid input encodes back to the same bytes.
    const QByteArray again = codec->fromUnicode(*out);
    return again == bytes || (bytes.startsWith("\x84\x31\x95\x33") && again == bytes.mid(4));
}

} // namespace sl
