#pragma once

#include "SqlStatement.h"

#include "domain/Period.h"

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
    Statement st;
    if (rows == RollupRows::Best && period.from.month() == 1 && period.to.month() == 12) {
        st.add(QStringLiteral(" AND %1.year BETWEEN ? AND ? AND %1.month = 0").arg(alias),
               {fromYear, toYear});
        return st;
    }
    st.add(QStringLiteral(" AND %1.year BETWEEN ? AND ? AND %1.month > 0 "
                          "AND %1.year * 100 + %1.month BETWEEN ? AND ?")
               .arg(alias),
           {fromYear, toYear, fromYear * 100 + int(period.from.month()),
            toYear * 100 + int(period.to.month())});
    return st;
}

} // namespace sl::sqlv
