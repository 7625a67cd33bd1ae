#pragma once

#include "SqlStatement.h"

#include "domain/Period.h"

#include <QStringList>

#include <optional>

// Which rows of the roll-ups (attendance_rollup, study_rollup: one row per member and calendar
// month, month 1..12, and one per member and year, month 0) add up to a period (internal to
// src/storage). Only periods of whole months can be read from them; any other period is read
// from the records themselves.
namespace sl::sqlv {

enum class RollupRows
{
    Best,      // the year rows when P is whole calendar years, else the month rows
    MonthsOnly // always the month rows (for figures grouped by month)
};

// " AND r.… ": the condition on the roll-up rows `alias` that add up to `period`, or nothing
// when the period does not begin on the 1st of a month and end on the last day of one.
inline std::optional<Statement> rollupRowsOf(const Period& period, const QString& alias,
                                             RollupRows rows = RollupRows::Best)
{
    if (period.from.is_special() || period.to.is_special() || period.to < period.from ||
        period.from.day() != 1 || period.to != period.to.end_of_month())
        return std::nullopt;
    const int fromYear = period.from.year();
    const int toYear = period.to.year();
    const int fromMonth = period.from.month();
    const int toMonth = period.to.month();
    Statement st;
    // Within one year the key (year, month, member…) is sought month by month.
    if (rows == RollupRows::Best && fromMonth == 1 && toMonth == 12) {
        QStringList years;
        for (int y = fromYear; y <= toYear; ++y)
            years << QString::number(y);
        st.add(QStringLiteral(" AND %1.year IN (%2) AND %1.month = 0")
                   .arg(alias, years.join(QStringLiteral(", "))));
    } else if (fromYear == toYear) {
        QStringList months;
        for (int m = fromMonth; m <= toMonth; ++m)
            months << QString::number(m);
        st.add(QStringLiteral(" AND %1.year = ? AND %1.month IN (%2)")
                   .arg(alias, months.join(QStringLiteral(", "))),
               {fromYear});
    } else {
        st.add(QStringLiteral(" AND %1.year BETWEEN ? AND ? AND %1.month > 0 "
                              "AND %1.year * 100 + %1.month BETWEEN ? AND ?")
                   .arg(alias),
               {fromYear, toYear, fromYear * 100 + fromMonth, toYear * 100 + toMonth});
    }
    return st;
}

} // namespace sl::sqlv
