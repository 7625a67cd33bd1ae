#pragma once

#include "domain/DateBridge.h"

#include <QString>

namespace sl {

// How the documents write dates and figures (BULLETIN.md): `2026年3月5日` without leading
// zeros, hours with one decimal, page numbers `— 1 —`.
class ChineseText
{
public:
    static QString date(const Date& d);     // 2026年3月5日; empty for no date
    static QString monthDay(const Date& d); // 3月5日
    static QString hours(qint64 minutes);   // 30.0 (minutes / 60, one decimal)
    // A figure with `decimals` places, rounded half away from zero.
    static QString number(double value, int decimals);
    static QString pageNumber(int page); // — 1 —
};

} // namespace sl
