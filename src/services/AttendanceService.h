#pragma once

#include "domain/AttendanceRecords.h"
#include "domain/Result.h"
#include "domain/StudySession.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// Counts of attendance records (METRICS.md "Bulletin figures", attendance.*): 列席 records are
// not expected.
struct AttendanceTotals
{
    int expected = 0; // records other than 列席
    int present = 0;
    int late = 0;
    int earlyLeave = 0;
    int excused = 0;
    int absent = 0;
    int observers = 0;  // 列席
    int makeupDone = 0; // 请假 / 缺席 records with a make-up date

    int makeupOwed() const { return excused + absent; }
    // (present + late + early_leave) / expected; 0 when nothing is expected.
    double participationRate() const
    {
        return expected == 0 ? 0.0 : double(present + late + earlyLeave) / double(expected);
    }
};

// One line of the attendance sheet: a member of the group on the session's date (with the role
// held then), or a member who has a record without being one (kept from an earlier roster).
struct SheetLine
{
    qint64 memberId = 0;
    QString memberExtId;
    QString memberName;
    std::optional<GroupRole> role; // nullopt: not a member of the group on that date
    Attendance record;             // the stored record, or the pre-filled one (id 0)
    bool recorded = false;         // whether `record` is stored
};

struct AttendanceSheet
{
    StudySession session;
    std::vector<SheetLine> lines; // by member number
    AttendanceTotals totals;      // of the stored records
};

// A problem of one record given to check() or save(): its index in the list, and the error
// (its field the FORMATS.md column key: member_id, status, reason, makeup_date, makeup_note).
struct SheetProblem
{
    int index = -1;
    qint64 memberId = 0;
    Error error;
};

// 考勤 of a held session: the sheet pre-filled with the group's members on that date (observers
// as 列席), and saving it all-or-nothing with every rule.
class AttendanceService
{
    Q_DECLARE_TR_FUNCTIONS(sl::AttendanceService)

public:
    explicit AttendanceService(Ledger& ledger) : m_ledger(ledger) {}

    // The sheet of a session; refused ("status") unless the session is held.
    Result<AttendanceSheet> sheet(qint64 sessionId);

    // Every problem of the records as save() would see them: the session is held; each member
    // was a member of the group on the session's date; a member appears once; the rules of
    // SessionRules (请假 needs a reason; a make-up date only on 请假/缺席 and not before the
    // session). A problem of the session itself has index -1.
    std::vector<SheetProblem> check(qint64 sessionId, const std::vector<Attendance>& records);
    // Stores the records (each replaces the member's record at the session; members not given
    // keep theirs) in one transaction; refused with the first problem, and then nothing changes.
    Status save(qint64 sessionId, const std::vector<Attendance>& records);
    // Removes the record of one member at the session.
    Status remove(qint64 sessionId, qint64 memberId);

    // The records of every session the query selects, one at a time, for exports.
    Status exportRows(const SessionQuery& sessions,
                      const std::function<Status(const AttendanceRow&)>& visit);

    static AttendanceTotals totals(const std::vector<Attendance>& records);
    Result<AttendanceTotals> totalsOf(qint64 sessionId);

private:
    Ledger& m_ledger;
};

} // namespace sl
