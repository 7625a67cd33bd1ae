#pragma once

#include "domain/AttendanceRecords.h"
#include "domain/LedgerBook.h"
#include "domain/LedgerBookRecords.h"
#include "domain/SpeechRecords.h"

#include <optional>
#include <unordered_map>
#include <vector>

// How LedgerBookService puts the ledger book together from the rows it read (internal to
// src/services): no reads here, only ordering and counting, so that a volume is built from a
// few scope-wide reads.
namespace sl::ledgerbook {

// The seats of a group holding on `date` (every seat when `date` is not set), by role
// (ledgerRoleRank), keeping the order of `seats` (pinyin) within a role.
std::vector<GroupSeat> seatsInOrder(const std::vector<GroupSeat>& seats, qint64 groupId,
                                    const Date& date = {});

// The rows of a sign-in sheet: `seats` already in order (seatsInOrder); `records` are the
// session's stored records (none for a planned session).
std::vector<SigninRow> signinRows(const std::vector<GroupSeat>& seats,
                                  const std::vector<AttendanceRow>& records);

// What a session record is made of besides the session.
struct RecordParts
{
    const GroupWithOrg* group = nullptr;
    std::vector<GroupSeat> seats; // of the group on the session's date, in order (seatsInOrder)
    std::vector<AttendanceRow> records;
    std::vector<SpeechRow> speeches;
    std::vector<SessionMaterial> materials;
    std::optional<PlanItemRef> planItem;
};

StudyRecord studyRecord(const StudySession& session, RecordParts parts);

// The attendance table of a group: `seats` every seat of the group in the year in order
// (seatsInOrder), `sessions` its held sessions in date order, `records` by session id.
AttendanceMatrix
attendanceMatrix(const GroupWithOrg& group, const std::vector<GroupSeat>& seats,
                 const std::vector<const StudySession*>& sessions,
                 const std::unordered_map<qint64, std::vector<AttendanceRow>>& records);

// Puts the rows in the order of `seats` (seatsInOrder); rows of other members keep their order
// after them.
void orderLike(std::vector<SelfStudySummaryRow>& rows, const std::vector<GroupSeat>& seats);

} // namespace sl::ledgerbook
