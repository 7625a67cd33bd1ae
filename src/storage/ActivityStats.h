#pragma once

#include "domain/Result.h"

#include <QMap>
#include <QString>

namespace sl {

class Database;

// Small whole-database reads over the activity tables: how rows spread over a code column, and
// how many rows break a rule that spans tables (which the schema cannot check by itself). For
// tests, the demo summary and sanity checks; each question is a fixed statement.
class ActivityStats
{
public:
    // Code columns that can be tallied.
    enum class Tally
    {
        BranchUnitTypes,    // organisations of kind branch, by unit type
        MemberCategories,   // members by category
        CadreLevels,        // members by cadre level
        SessionForms,       // held sessions by form
        SessionStatuses,    // sessions by status
        SessionTriggers,    // held sessions with a three-musts trigger, by trigger
        AttendanceStatuses, // attendance by status
        Makeups,            // attendance with a make-up date, by status
        SelfStudyMedia,     // self-study entries by medium
        WritingKinds,       // writings by kind
        WritingAwards,      // writings with an award, by award
    };

    // Rules that involve more than one row.
    enum class Rule
    {
        AttendanceOutsideMembership, // the member held no seat in the session's group that day
        AttendanceAtUnheldSession,   // attendance of a planned or cancelled session
        MakeupBeforeSession,         // make-up dated before the session
        ObserverMismatch,    // status 列席 without the role 列席, or the other way round
        JoinedBefore18,      // joined the Party before the 18th birthday
        PlanItemOutsideYear, // a held session of a plan item outside the plan's year
    };

    explicit ActivityStats(Database& db) : m_db(db) {}

    // Code → number of rows; codes without rows are absent.
    Result<QMap<QString, qint64>> tally(Tally what);
    // Number of rows that break the rule.
    Result<qint64> countViolations(Rule rule);

private:
    Database& m_db;
};

} // namespace sl
