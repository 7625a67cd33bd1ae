// libFuzzer harness: TextDecoding on arbitrary bytes. The streamed text must equal the whole
// text, and a file that decodes as UTF-8 must encode back to the same bytes.
#include "exchange/TextDecoding.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    sl::DecodeFailure failure;
    QString streamed;
    auto encoding = sl::TextDecoding::decode(
        bytes, [&](QStringView piece) { streamed += piece; }, &failure);
    auto whole = sl::TextDecoding::decode(bytes);
    if (encoding.ok() != whole.ok())
        std::abort();
    if (!encoding.ok()) {
        if (failure.offset < 0 || failure.offset > bytes.size() || failure.line < 0)
            std::abort();
        return 0;
    }
    if (streamed != whole->text)
        std::abort();
    if (*encoding == sl::TextEncoding::Utf8 && streamed.toUtf8() != bytes)
        std::abort();
    if (*encoding == sl::TextEncoding::Utf8Bom && streamed.toUtf8() != bytes.mid(3))
        std::abort();
    return 0;
}
