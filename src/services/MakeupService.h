#pragma once

#include "domain/AttendanceRecords.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <vector>

namespace sl {

class Ledger;

// 补学: the ledger of every 请假 and 缺席 record (of held sessions) owing make-up study, across
// sessions, filterable by member, group(s), organisation, period and state; and recording the
// date the make-up study was done with a note.
class MakeupService
{
    Q_DECLARE_TR_FUNCTIONS(sl::MakeupService)

public:
    explicit MakeupService(Ledger& ledger) : m_ledger(ledger) {}

    // A page of the ledger (limited to the account's organisations), by session date.
    Result<std::vector<MakeupRow>> ledger(const MakeupQuery& query);
    Result<qint64> count(const MakeupQuery& query);
    // The number of records of the query and how many of them are still owed, in one count.
    Result<MakeupCounts> counts(const MakeupQuery& query);

    // Records the make-up study of attendance record `attendanceId`: the date (required, not
    // before the session) and a note. Refused ("makeup_date") for a record that is not 请假 or
    // 缺席.
    Status record(qint64 attendanceId, const Date& date, const QString& note);
    // Every problem record() would refuse for these values, each naming its field
    // ("makeup_date", "makeup_note"), without writing: the make-up dialog validates as typed.
    std::vector<Error> check(qint64 attendanceId, const Date& date, const QString& note);
    // Removes the make-up date and note again.
    Status clear(qint64 attendanceId);
    // Puts a record's make-up date and note back as they were (the undo of record() or
    // clear()): as record(), but an unset date is allowed (a note without a date stays).
    Status restore(qint64 attendanceId, const Date& date, const QString& note);

private:
    Result<MakeupQuery> scoped(const MakeupQuery& query);
    Status write(qint64 attendanceId, const Date& date, const QString& note, bool requireDate);

    Ledger& m_ledger;
};

} // namespace sl
