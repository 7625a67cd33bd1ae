#include "StoredText.h"

#include "domain/DateBridge.h"

#include <QDate>

namespace sl::storedtext {

namespace {

bool digits(QByteArrayView text, qsizetype from, qsizetype count, int& value)
{
    value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

// Whether `text` is already what the domain's date would write: YYYY-MM-DD of a valid day in
// the range of its dates.
bool isCanonicalDate(QByteArrayView text)
{
    int y = 0;
    int m = 0;
    int d = 0;
    return text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text, 0, 4, y) &&
           digits(text, 5, 2, m) && digits(text, 8, 2, d) && y >= 1400 && QDate::isValid(y, m, d);
}

} // namespace

QByteArrayView isoDate(QByteArrayView stored, QByteArray& scratch)
{
    if (stored.isEmpty() || isCanonicalDate(stored))
        return stored;
    const QString text = QString::fromUtf8(stored);
    scratch = dates::toIso(dates::fromIso(text).value_or(Date())).toUtf8();
    return scratch;
}

QByteArrayView integer(QByteArrayView stored, QByteArray& scratch)
{
    const bool negative = stored.startsWith('-');
    const QByteArrayView magnitude = negative ? stored.sliced(1) : stored;
    int value = 0;
    if (!magnitude.isEmpty() && magnitude.size() <= 9 &&
        digits(magnitude, 0, magnitude.size(), value) &&
        (magnitude.size() == 1 || magnitude[0] != '0') && !(negative && value == 0))
        return stored;
    scratch = QByteArray::number(QByteArray(stored.data(), stored.size()).toInt());
    return scratch;
}

} // namespace sl::storedtext
