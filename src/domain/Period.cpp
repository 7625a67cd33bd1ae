#include "Period.h"

#include <QCoreApplication>

#include <array>

namespace sl {

namespace {

using boost::gregorian::gregorian_calendar;

Date makeDate(int year, int month, int day)
{
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

int lastDayOfMonth(int year, int month)
{
    return gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                static_cast<unsigned short>(month));
}

// The whole months firstMonth..lastMonth of one year.
Period months(int year, int firstMonth, int lastMonth)
{
    return {makeDate(year, firstMonth, 1),
            makeDate(year, lastMonth, lastDayOfMonth(year, lastMonth))};
}

// Which calendar period a range is, if any: the months it spans when it is whole months
// of one year.
struct Shape
{
    int year = 0;
    int firstMonth = 0;
    int monthCount = 0; // 0 when the range is not whole months of one year
};

Shape shapeOf(const Period& p)
{
    if (p.from.is_special() || p.to.is_special() || p.from.year() != p.to.year() ||
        p.from.day() != 1 || p.to != p.to.end_of_month() || p.to < p.from)
        return {};
    const int first = p.from.month();
    return {p.from.year(), first, p.to.month() - first + 1};
}

Status checkRange(const QString& field, int value, int min, int max)
{
    if (value >= min && value <= max)
        return {};
    return Error::invalid(field, QStringLiteral("%1 must be between %2 and %3, not %4")
                                     .arg(field)
                                     .arg(min)
                                     .arg(max)
                                     .arg(value));
}

} // namespace

Period Period::year(int year)
{
    return months(year, 1, 12);
}

Period Period::half(int year, int half)
{
    return months(year, half * 6 - 5, half * 6);
}

Period Period::quarter(int year, int quarter)
{
    return months(year, quarter * 3 - 2, quarter * 3);
}

Period Period::month(int year, int month)
{
    return months(year, month, month);
}

Result<Period> Period::make(int year, std::optional<int> half, std::optional<int> quarter,
                            std::optional<int> month)
{
    if (const Status s = checkRange(QStringLiteral("year"), year, kMinYear, kMaxYear); !s)
        return s.error();
    const int given = int(half.has_value()) + int(quarter.has_value()) + int(month.has_value());
    if (given > 1) {
        const QString field = half && quarter ? QStringLiteral("quarter") : QStringLiteral("month");
        return Error::invalid(field, QStringLiteral("give at most one of half, quarter and month"));
    }
    if (half) {
        if (const Status s = checkRange(QStringLiteral("half"), *half, 1, 2); !s)
            return s.error();
        return Period::half(year, *half);
    }
    if (quarter) {
        if (const Status s = checkRange(QStringLiteral("quarter"), *quarter, 1, 4); !s)
            return s.error();
        return Period::quarter(year, *quarter);
    }
    if (month) {
        if (const Status s = checkRange(QStringLiteral("month"), *month, 1, 12); !s)
            return s.error();
        return Period::month(year, *month);
    }
    return Period::year(year);
}

bool Period::contains(const Date& date) const
{
    if (date.is_special() || from.is_special() || to.is_special())
        return false;
    return from <= date && date <= to;
}

int Period::days() const
{
    if (from.is_special() || to.is_special() || to < from)
        return 0;
    return static_cast<int>((to - from).days()) + 1;
}

bool Period::isCalendarYear() const
{
    const Shape s = shapeOf(*this);
    return s.monthCount == 12;
}

QString Period::label() const
{
    static constexpr std::array<const char16_t*, 4> kNumerals = {u"一", u"二", u"三", u"四"};
    const Shape s = shapeOf(*this);
    const QString year = QString::number(s.year) + QStringLiteral("年");
    if (s.monthCount == 12)
        return year;
    if (s.monthCount == 6 && s.firstMonth % 6 == 1)
        return year + (s.firstMonth == 1 ? QStringLiteral("上半年") : QStringLiteral("下半年"));
    if (s.monthCount == 3 && s.firstMonth % 3 == 1)
        return year + QStringLiteral("第") + QString::fromUtf16(kNumerals[(s.firstMonth - 1) / 3]) +
               QStringLiteral("季度");
    if (s.monthCount == 1)
        return year + QString::number(s.firstMonth) + QStringLiteral("月");
    return dates::toIso(from) + QStringLiteral("至") + dates::toIso(to);
}

QString Period::labelEn() const
{
    static constexpr std::array<const char*, 12> kMonths = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const Shape s = shapeOf(*this);
    const QString year = QString::number(s.year);
    if (s.monthCount == 12)
        return year;
    if (s.monthCount == 6 && s.firstMonth % 6 == 1)
        return year + (s.firstMonth == 1 ? QStringLiteral(" H1") : QStringLiteral(" H2"));
    if (s.monthCount == 3 && s.firstMonth % 3 == 1)
        return year + QStringLiteral(" Q") + QString::number((s.firstMonth + 2) / 3);
    if (s.monthCount == 1)
        return QString::fromLatin1(kMonths[s.firstMonth - 1]) + QLatin1Char(' ') + year;
    return dates::toIso(from) + QStringLiteral(" to ") + dates::toIso(to);
}

double prorate(double target, const Period& period)
{
    if (period.from.is_special())
        return 0.0;
    const int yearDays = Period::year(period.from.year()).days();
    return target * period.days() / yearDays;
}

Status Period::checkWithinOneYear() const
{
    if (!dates::isSet(from) || !dates::isSet(to) || to < from)
        return Error::invalid(QStringLiteral("period"),
                              QCoreApplication::translate("sl::Period", "the period has no dates"));
    if (from.year() != to.year())
        return Error::invalid(QStringLiteral("period"),
                              QCoreApplication::translate(
                                  "sl::Period", "the period must lie within one calendar year"));
    return {};
}

} // namespace sl
