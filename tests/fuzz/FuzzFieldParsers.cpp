// libFuzzer harness: the cell parsers. What parses formats back to a value that parses the same;
// error messages stay short and on one line.
#include "exchange/FieldParsers.h"

#include "domain/Enums.h"

#include <cstdlib>

namespace {

void checkMessage(const sl::Error& e)
{
    if (e.message.size() > 400 || e.message.contains(QLatin1Char('\n')) ||
        e.message.contains(QLatin1Char('\r')) || e.message.contains(QChar(0x1b)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto date = sl::FieldParsers::parseDate(text)) {
        const QString iso = sl::FieldParsers::formatDate(*date);
        auto again = sl::FieldParsers::parseDate(iso);
        if (!again || *again != *date)
            std::abort();
    } else {
        checkMessage(date.error());
    }
    if (auto time = sl::FieldParsers::parseTime(text)) {
        auto again = sl::FieldParsers::parseTime(sl::FieldParsers::formatTime(*time));
        if (!again || again->hour() != time->hour() || again->minute() != time->minute())
            std::abort();
    } else {
        checkMessage(time.error());
    }
    if (auto n = sl::FieldParsers::parseInt(text, 1, 1440, QStringLiteral("minutes"))) {
        if (*n < 1 || *n > 1440)
            std::abort();
    } else {
        checkMessage(n.error());
    }
    if (auto g = sl::FieldParsers::parseOptionalEnumCell<sl::Gender>(text); !g)
        checkMessage(g.error());
    if (auto s = sl::FieldParsers::parseOptionalEnumCell<sl::SessionStatus>(text); !s)
        checkMessage(s.error());
    return 0;
}
