#include "BulletinWording.h"

#include "Assessment.h"

namespace sl::wording {

QString number(double value, int decimals)
{
    return QString::number(Assessment::roundHalfAwayFromZero(value, decimals), 'f', decimals);
}

QString hours(qint64 minutes)
{
    return number(minutes / 60.0, 1);
}

QString percent(double share)
{
    return number(share * 100.0, 1) + QLatin1Char('%');
}

QString percentOf(qint64 part, qint64 whole)
{
    return percent(whole == 0 ? 0.0 : double(part) / double(whole));
}

QString characters(qint64 chars)
{
    if (chars < 10000)
        return QString::number(chars) + QStringLiteral("字");
    return number(chars / 10000.0, 1) + QStringLiteral("万字");
}

QString date(const Date& d)
{
    if (!dates::isSet(d))
        return {};
    return QStringLiteral("%1年%2月%3日").arg(int(d.year())).arg(int(d.month())).arg(int(d.day()));
}

QString monthDay(const Date& d)
{
    if (!dates::isSet(d))
        return {};
    return QStringLiteral("%1月%2日").arg(int(d.month())).arg(int(d.day()));
}

QString periodName(const Period& period)
{
    if (period.isCalendarYear())
        return QStringLiteral("%1年度").arg(int(period.from.year()));
    return period.label();
}

QString periodShort(const Period& period)
{
    return period.isCalendarYear() ? QStringLiteral("全年") : QStringLiteral("本期");
}

QString quoted(const QString& topic)
{
    const QString t = topic.trimmed();
    if (t.startsWith(u'“') || t.startsWith(u'《') || t.startsWith(u'"'))
        return t;
    return QStringLiteral("“") + t + QStringLiteral("”");
}

QString joined(const QStringList& items, int most)
{
    if (most > 0 && items.size() > most)
        return items.mid(0, most).join(QStringLiteral("、")) + QStringLiteral("等");
    return items.join(QStringLiteral("、"));
}

QString share(int count, int total)
{
    if (count <= 1)
        return QStringLiteral("个别");
    if (count <= 2 || count * 5 <= total)
        return QStringLiteral("少数");
    return QStringLiteral("部分");
}

} // namespace sl::wording
