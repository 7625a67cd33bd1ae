#include "ChineseText.h"

#include "domain/Assessment.h"

namespace sl {

QString ChineseText::date(const Date& d)
{
    if (!dates::isSet(d))
        return {};
    return QStringLiteral("%1年%2月%3日").arg(int(d.year())).arg(int(d.month())).arg(int(d.day()));
}

QString ChineseText::monthDay(const Date& d)
{
    if (!dates::isSet(d))
        return {};
    return QStringLiteral("%1月%2日").arg(int(d.month())).arg(int(d.day()));
}

QString ChineseText::hours(qint64 minutes)
{
    return number(minutes / 60.0, 1);
}

QString ChineseText::number(double value, int decimals)
{
    return QString::number(Assessment::roundHalfAwayFromZero(value, decimals), 'f', decimals);
}

QString ChineseText::pageNumber(int page)
{
    return QStringLiteral("— %1 —").arg(page);
}

} // namespace sl
