#pragma once

#include "Schedule.h"
#include "StudySession.h"
#include "WorkingDays.h"

#include <QTime>

#include <vector>

namespace sl {

// A monthly series of sessions of one group (PRODUCT.md: "主题党日 on a fixed day each month,
// skipping weekends"): which day of each month (a MonthlyRule, computed with Boost.Date_Time),
// the date range, and what every session of the series gets. The secretary previews the dates
// before they are created.
struct SeriesRequest
{
    // The longest range a series may cover.
    static constexpr int maxYears = 10;

    qint64 groupId = 0;
    MonthlyRule rule;
    Date from;
    Date to;
    WorkingCalendar calendar; // Monday to Friday unless holidays or worked weekend days are set
    QTime start;              // e.g. 14:30; may be unset
    int minutes = 90;
    SessionForm form = SessionForm::Collective;
    // The topic of each session; placeholders: {year}, {month} (1–12), {day}, {date}
    // (2026-03-10) and {n} (1, 2, … within the series). E.g. "{month}月主题党日".
    QString topicTemplate;
    std::optional<Trigger> trigger;
    QString location;
    QString host;
    SessionStatus status = SessionStatus::Planned;

    // Every broken rule of the request itself, each naming its field: the rule's fields (nth,
    // weekday, day), from, to (set, in order, at most maxYears), start, minutes (1–1440),
    // topic (the template, required).
    std::vector<Error> check() const;

    // The dates of the series, ascending (empty when check() fails).
    std::vector<Date> dates() const;

    // The sessions the series would create (no id, no external number yet).
    std::vector<StudySession> drafts() const;

    // The topic of the n-th session (1-based) on `date`.
    QString topicFor(const Date& date, int n) const;
};

} // namespace sl
