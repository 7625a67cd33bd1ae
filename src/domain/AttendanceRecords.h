#pragma once

#include "domain/Result.h"
#include "domain/SessionRecords.h"
#include "domain/StudySession.h"

#include <Qt>

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of attendance lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// An attendance record with the numbers of its session and member, as sheets and files show it.
struct AttendanceRow
{
    Attendance record;
    QString sessionExtId;
    QString memberExtId;
    QString memberName;
};

// What the make-up ledger (补学台账) asks for: the 请假 and 缺席 records of held sessions.
struct MakeupQuery
{
    enum class State
    {
        Any,   // every record owing make-up study
        Owing, // without a make-up date yet
        Done,  // with a make-up date
    };
    qint64 memberId = 0;          // 0: every member
    std::vector<qint64> groupIds; // empty: every group (within rootOrgId)
    qint64 rootOrgId = 0;         // groups of the organisation subtree; 0: all
    Date from;                    // session dates; not set: open
    Date to;
    State state = State::Any;
    // The order of the ledger (text in pinyin order); ties by session date and number, member.
    enum class SortKey
    {
        SessionDate,
        Group,
        Topic,
        Member,
        MakeupDate
    };
    SortKey sortKey = SortKey::SessionDate;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1; // -1: no limit
};

// The make-up ledger's totals for a query: its records and, of those, the ones still owed.
struct MakeupCounts
{
    qint64 total = 0;
    qint64 owed = 0;
};

// One line of the make-up ledger.
struct MakeupRow
{
    Attendance record;
    QString memberExtId;
    QString memberName;
    qint64 groupId = 0;
    QString groupExtId;
    QString groupName;
    QString sessionExtId;
    Date sessionDate;
    SessionForm form = SessionForm::Collective;
    QString topic;
};

} // namespace sl
