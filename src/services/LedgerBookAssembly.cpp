#include "LedgerBookAssembly.h"

#include "AttendanceService.h"

#include <QHash>

#include <climits>

#include <algorithm>

namespace sl::ledgerbook {

namespace {

// The place of each member in an ordered list; members not in it come after, in their order.
template <typename Row, typename Id>
void sortByPlace(std::vector<Row>& rows, const QHash<qint64, int>& place, Id idOf)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const int pa = place.value(idOf(a), INT_MAX);
        const int pb = place.value(idOf(b), INT_MAX);
        return pa < pb;
    });
}

QHash<qint64, int> placesOf(const std::vector<GroupSeat>& seats)
{
    QHash<qint64, int> place;
    for (int i = 0; i < static_cast<int>(seats.size()); ++i)
        place.insert(seats[size_t(i)].membership.memberId, i);
    return place;
}

} // namespace

std::vector<GroupSeat> seatsInOrder(const std::vector<GroupSeat>& seats, qint64 groupId,
                                    const Date& date)
{
    std::vector<GroupSeat> out;
    for (const GroupSeat& s : seats) {
        if (s.membership.groupId == groupId && (!dates::isSet(date) || s.membership.holdsOn(date)))
            out.push_back(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const GroupSeat& a, const GroupSeat& b) {
        return ledgerRoleRank(a.membership.role) < ledgerRoleRank(b.membership.role);
    });
    return out;
}

std::vector<SigninRow> signinRows(const std::vector<GroupSeat>& seats,
                                  const std::vector<AttendanceRow>& records)
{
    QHash<qint64, const Attendance*> recordOf;
    for (const AttendanceRow& r : records)
        recordOf.insert(r.record.memberId, &r.record);
    std::vector<SigninRow> rows;
    rows.reserve(seats.size());
    for (const GroupSeat& s : seats) {
        SigninRow row;
        row.memberId = s.membership.memberId;
        row.memberExtId = s.memberExtId;
        row.name = s.memberName;
        row.position = s.position;
        row.role = s.membership.role;
        row.observer = s.membership.role == GroupRole::Observer;
        if (row.observer)
            row.note = enumZh(GroupRole::Observer);
        if (const Attendance* a = recordOf.value(row.memberId);
            a && a->status == AttendanceStatus::Excused)
            row.note = enumZh(AttendanceStatus::Excused) +
                       (a->reason.isEmpty() ? QString() : QStringLiteral("：") + a->reason);
        rows.push_back(std::move(row));
    }
    return rows;
}

StudyRecord studyRecord(const StudySession& session, RecordParts parts)
{
    StudyRecord out;
    out.session = session;
    if (parts.group) {
        out.groupName = parts.group->group.name;
        out.orgName = parts.group->orgName;
    }
    std::vector<Attendance> stored;
    stored.reserve(parts.records.size());
    for (const AttendanceRow& r : parts.records)
        stored.push_back(r.record);
    const AttendanceTotals totals = AttendanceService::totals(stored);
    out.expected = totals.expected;
    out.attended = totals.present + totals.late + totals.earlyLeave;
    out.observers = totals.observers;
    out.makeupDone = totals.makeupDone;

    QHash<qint64, GroupRole> roleOf;
    for (const GroupSeat& s : parts.seats)
        roleOf.insert(s.membership.memberId, s.membership.role);
    sortByPlace(parts.records, placesOf(parts.seats),
                [](const AttendanceRow& r) { return r.record.memberId; });
    for (const AttendanceRow& r : parts.records) {
        RecordAttendance line;
        line.memberId = r.record.memberId;
        line.memberExtId = r.memberExtId;
        line.name = r.memberName;
        if (roleOf.contains(line.memberId))
            line.role = roleOf.value(line.memberId);
        line.status = r.record.status;
        out.lines.push_back(line);
        if (!r.record.owesMakeup())
            continue;
        RecordAbsence absence{line.memberId,   line.name,           r.record.status,
                              r.record.reason, r.record.makeupDate, r.record.makeupNote};
        (r.record.status == AttendanceStatus::Excused ? out.excused : out.absent)
            .push_back(std::move(absence));
    }
    for (const SpeechRow& s : parts.speeches)
        out.speeches.push_back({s.speech.memberId, s.memberName, s.speech.title});
    for (const SessionMaterial& m : parts.materials)
        out.materials << m.fileName;
    out.planItem = std::move(parts.planItem);
    return out;
}

AttendanceMatrix
attendanceMatrix(const GroupWithOrg& group, const std::vector<GroupSeat>& seats,
                 const std::vector<const StudySession*>& sessions,
                 const std::unordered_map<qint64, std::vector<AttendanceRow>>& records)
{
    AttendanceMatrix m;
    m.groupId = group.group.id;
    m.groupExtId = group.group.extId;
    m.groupName = group.group.name;
    QHash<qint64, size_t> rowOf;
    for (const GroupSeat& s : seats) {
        if (rowOf.contains(s.membership.memberId))
            continue;
        rowOf.insert(s.membership.memberId, m.members.size());
        m.members.push_back(
            {s.membership.memberId, s.memberExtId, s.memberName, s.membership.role});
    }
    // Members with records but no seat in the year (kept from an earlier roster), by number.
    std::vector<MatrixMember> extra;
    for (const StudySession* s : sessions) {
        m.sessions.push_back({s->id, s->extId, s->date, s->topic});
        const auto found = records.find(s->id);
        if (found == records.end())
            continue;
        for (const AttendanceRow& r : found->second) {
            if (rowOf.contains(r.record.memberId))
                continue;
            rowOf.insert(r.record.memberId, m.members.size() + extra.size());
            extra.push_back({r.record.memberId, r.memberExtId, r.memberName, std::nullopt});
        }
    }
    std::sort(extra.begin(), extra.end(), [](const MatrixMember& a, const MatrixMember& b) {
        return a.memberExtId < b.memberExtId;
    });
    for (MatrixMember& e : extra) {
        rowOf.insert(e.memberId, m.members.size());
        m.members.push_back(std::move(e));
    }
    m.cells.assign(m.members.size() * m.sessions.size(), MatrixCell{});
    for (size_t column = 0; column < m.sessions.size(); ++column) {
        const auto found = records.find(m.sessions[column].sessionId);
        if (found == records.end())
            continue;
        for (const AttendanceRow& r : found->second) {
            MatrixCell& cell = m.cells[rowOf.value(r.record.memberId) * m.sessions.size() + column];
            cell.status = r.record.status;
            cell.madeUp = r.record.owesMakeup() && dates::isSet(r.record.makeupDate);
        }
    }
    return m;
}

void orderLike(std::vector<SelfStudySummaryRow>& rows, const std::vector<GroupSeat>& seats)
{
    sortByPlace(rows, placesOf(seats), [](const SelfStudySummaryRow& r) { return r.memberId; });
}

} // namespace sl::ledgerbook
