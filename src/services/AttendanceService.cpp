#include "AttendanceService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/SessionRules.h"
#include "storage/AttendanceRepository.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SessionRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sl {

namespace {

// For the audit: "M001 张三 出席 → 请假（病假）", or "M001 张三 缺席" for a new or removed record.
QString attendanceChange(Database& db, const Attendance* before, const Attendance& after)
{
    auto member = MemberRepository(db).byId(after.memberId);
    const QString who =
        member && *member ? audit::memberText(**member) : QStringLiteral("#%1").arg(after.memberId);
    QString text = who + QLatin1Char(' ');
    if (before)
        text += audit::attendanceState(*before) + QStringLiteral(" → ");
    text += audit::attendanceState(after);
    if (before && before->makeupDate != after.makeupDate)
        text += QStringLiteral("，补学 %1 → %2")
                    .arg(dates::toIso(before->makeupDate), dates::toIso(after.makeupDate));
    return text;
}

Result<StudySession> heldSession(Ledger& ledger, qint64 sessionId)
{
    auto session = SessionRepository(ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return Error::notFound(QStringLiteral("session_id"),
                               AttendanceService::tr("no such session"));
    if ((*session)->status != SessionStatus::Held)
        return Error::invalid(QStringLiteral("status"),
                              AttendanceService::tr("session %1 is %2; only a held session takes "
                                                    "attendance")
                                  .arg((*session)->extId, enumZh((*session)->status)));
    return **session;
}

} // namespace

Result<AttendanceSheet> AttendanceService::sheet(qint64 sessionId)
{
    if (Status allowed = Access(m_ledger).requireSession(Action::RecordsRead, sessionId); !allowed)
        return allowed.error();
    auto session = heldSession(m_ledger, sessionId);
    if (!session)
        return session.error();
    auto memberships = GroupRepository(m_ledger.db()).memberships(session->groupId);
    if (!memberships)
        return memberships.error();
    auto stored = AttendanceRepository(m_ledger.db()).forSession(sessionId);
    if (!stored)
        return stored.error();

    AttendanceSheet sheet;
    sheet.session = *session;
    QHash<qint64, size_t> lineOf;
    for (const MembershipRow& m : *memberships) {
        if (!m.membership.holdsOn(session->date))
            continue;
        SheetLine line;
        line.memberId = m.membership.memberId;
        line.memberExtId = m.memberExtId;
        line.memberName = m.memberName;
        line.role = m.membership.role;
        line.record.sessionId = sessionId;
        line.record.memberId = line.memberId;
        line.record.status = m.membership.role == GroupRole::Observer ? AttendanceStatus::Observer
                                                                      : AttendanceStatus::Present;
        lineOf.insert(line.memberId, sheet.lines.size());
        sheet.lines.push_back(line);
    }
    std::vector<Attendance> records;
    for (const AttendanceRow& r : *stored) {
        records.push_back(r.record);
        auto it = lineOf.constFind(r.record.memberId);
        if (it != lineOf.cend()) {
            sheet.lines[*it].record = r.record;
            sheet.lines[*it].recorded = true;
            continue;
        }
        SheetLine line;
        line.memberId = r.record.memberId;
        line.memberExtId = r.memberExtId;
        line.memberName = r.memberName;
        line.record = r.record;
        line.recorded = true;
        sheet.lines.push_back(line);
    }
    std::sort(sheet.lines.begin(), sheet.lines.end(),
              [](const SheetLine& a, const SheetLine& b) { return a.memberExtId < b.memberExtId; });
    sheet.totals = totals(records);
    return sheet;
}

std::vector<SheetProblem> AttendanceService::check(qint64 sessionId,
                                                   const std::vector<Attendance>& records)
{
    std::vector<SheetProblem> problems;
    auto session = heldSession(m_ledger, sessionId);
    if (!session)
        return {{-1, 0, session.error()}};
    auto memberships = GroupRepository(m_ledger.db()).memberships(session->groupId);
    if (!memberships)
        return {{-1, 0, memberships.error()}};
    QSet<qint64> members;
    for (const MembershipRow& m : *memberships) {
        if (m.membership.holdsOn(session->date))
            members.insert(m.membership.memberId);
    }
    QHash<qint64, int> firstIndex;
    MemberRepository memberRepo(m_ledger.db());
    for (int i = 0; i < static_cast<int>(records.size()); ++i) {
        const Attendance& a = records[size_t(i)];
        auto add = [&](const Error& e) { problems.push_back({i, a.memberId, e}); };
        if (!members.contains(a.memberId)) {
            auto member = memberRepo.byId(a.memberId);
            if (!member)
                return {{-1, 0, member.error()}};
            const QString who = *member ? (*member)->extId + QLatin1Char(' ') + (*member)->name
                                        : QString::number(a.memberId);
            add(Error::invalid(QStringLiteral("member_id"),
                               tr("%1 was not a member of the group on %2")
                                   .arg(who, dates::toIso(session->date))));
        } else if (firstIndex.contains(a.memberId)) {
            add(Error::invalid(
                QStringLiteral("member_id"),
                tr("the member appears twice (also at %1)").arg(firstIndex.value(a.memberId) + 1)));
        } else {
            firstIndex.insert(a.memberId, i);
        }
        for (const Error& e : rules::checkAttendance(a, session->date))
            add(e);
    }
    return problems;
}

Status AttendanceService::save(qint64 sessionId, const std::vector<Attendance>& records)
{
    auto session = SessionRepository(m_ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (*session) {
        if (Status allowed =
                Access(m_ledger).requireGroup(Action::AttendanceWrite, (*session)->groupId);
            !allowed)
            return allowed;
    }
    const auto problems = check(sessionId, records);
    if (!problems.empty()) {
        // Name the member, so that a message shown alone says whose record is at fault.
        Error e = problems.front().error;
        auto member = MemberRepository(m_ledger.db()).byId(problems.front().memberId);
        if (member && *member && e.field != QLatin1String("member_id"))
            e.message = (*member)->extId + QLatin1Char(' ') + (*member)->name +
                        QStringLiteral(": ") + e.message;
        return e;
    }
    LedgerWrite tx(m_ledger);
    AttendanceRepository repo(m_ledger.db());
    QStringList changed; // for the audit: "M001 张三 出席 → 请假（病假）"
    for (Attendance a : records) {
        a.sessionId = sessionId;
        a.reason = a.reason.trimmed();
        auto existing = repo.byKey(sessionId, a.memberId);
        if (!existing)
            return existing.error();
        if (*existing) {
            a.id = (*existing)->id;
            if (a == **existing)
                continue;
            if (Status s = repo.update(a); !s)
                return s;
        } else if (auto id = repo.insert(a); !id) {
            return id.error();
        }
        changed << attendanceChange(m_ledger.db(), *existing ? &**existing : nullptr, a);
    }
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("attendance"),
                        QStringLiteral("session"), sessionId,
                        (*session ? (*session)->extId : QString()) + QStringLiteral(" 考勤：") +
                            (changed.isEmpty() ? QStringLiteral("未改动")
                                               : changed.join(QStringLiteral("；"))));
        !s)
        return s;
    tx.changes().attendance(sessionId);
    return tx.commit();
}

Status AttendanceService::remove(qint64 sessionId, qint64 memberId)
{
    auto session = SessionRepository(m_ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return Error::notFound(QStringLiteral("session_id"), tr("no such session"));
    if (Status allowed =
            Access(m_ledger).requireGroup(Action::AttendanceWrite, (*session)->groupId);
        !allowed)
        return allowed;
    AttendanceRepository repo(m_ledger.db());
    auto existing = repo.byKey(sessionId, memberId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    LedgerWrite tx(m_ledger);
    if (Status s = repo.remove((*existing)->id); !s)
        return s;
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                        QStringLiteral("attendance"), (*existing)->id,
                        audit::removed((*session)->extId + QStringLiteral(" 考勤 ") +
                                       attendanceChange(m_ledger.db(), nullptr, **existing)));
        !s)
        return s;
    tx.changes().attendance(sessionId);
    return tx.commit();
}

AttendanceTotals AttendanceService::totals(const std::vector<Attendance>& records)
{
    AttendanceTotals t;
    for (const Attendance& a : records) {
        switch (a.status) {
        case AttendanceStatus::Present:
            ++t.present;
            break;
        case AttendanceStatus::Late:
            ++t.late;
            break;
        case AttendanceStatus::EarlyLeave:
            ++t.earlyLeave;
            break;
        case AttendanceStatus::Excused:
            ++t.excused;
            break;
        case AttendanceStatus::Absent:
            ++t.absent;
            break;
        case AttendanceStatus::Observer:
            ++t.observers;
            continue; // not expected
        }
        ++t.expected;
        if (a.owesMakeup() && dates::isSet(a.makeupDate))
            ++t.makeupDone;
    }
    return t;
}

Result<AttendanceTotals> AttendanceService::totalsOf(qint64 sessionId)
{
    if (Status allowed = Access(m_ledger).requireSession(Action::RecordsRead, sessionId); !allowed)
        return allowed.error();
    auto stored = AttendanceRepository(m_ledger.db()).forSession(sessionId);
    if (!stored)
        return stored.error();
    std::vector<Attendance> records;
    for (const AttendanceRow& r : *stored)
        records.push_back(r.record);
    return totals(records);
}

Status AttendanceService::exportRows(const SessionQuery& sessions,
                                     const std::function<Status(const AttendanceRow&)>& visit)
{
    SessionQuery scoped = sessions;
    if (Status s = Access(m_ledger).limitRoot(Action::RecordsRead, scoped.rootOrgId); !s)
        return s;
    return AttendanceRepository(m_ledger.db()).scan(scoped, visit);
}

} // namespace sl
