#pragma once

#include "Clock.h"

#include "domain/Member.h"
#include "domain/MemberArchive.h"
#include "domain/MemberFigures.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "domain/Rubric.h"

#include <vector>

namespace sl {

class Ledger;

// "My year": a member's progress against the targets of a year (METRICS.md, docs/metrics.md).
struct MemberProgress
{
    Member member;
    int year = 0;
    Date asOf;
    Period period;         // the calendar year
    MemberFigures figures; // member-wide figures of the year, over every group
    Rubric rubric;         // the rubric of the year; targets by the member's cadre level

    // actual / year's target / part due by asOf.
    ProgressItem hours;    // hours (collective + self-study)
    ProgressItem notes;    // characters of notes
    ProgressItem speeches; // speeches
    ProgressItem writings; // writing units (心得体会 1, 理论文章 1, 调研报告 2)

    // 请假 and 缺席 records of the year without a make-up date, by date.
    std::vector<AttendanceEntry> makeupOwed;
};

class ProgressService
{
public:
    explicit ProgressService(Ledger& ledger) : m_ledger(ledger) {}

    // The member's year: figures, targets of the year (by cadre level), targets prorated to
    // asOf, and the make-up study still owed. NotFound for an unknown member, Invalid for a
    // year outside 1900–2100.
    Result<MemberProgress> memberYear(qint64 memberId, int year, Date asOf = Clock::today());

private:
    Ledger& m_ledger;
};

} // namespace sl
