#include "MakeupService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditRecords.h"
#include "domain/SessionRules.h"
#include "storage/AttendanceRepository.h"
#include "storage/AuditRepository.h"
#include "storage/SessionRepository.h"

namespace sl {

Result<MakeupQuery> MakeupService::scoped(const MakeupQuery& query)
{
    MakeupQuery out = query;
    if (Status s = Access(m_ledger).limitMember(Action::RecordsRead, out.memberId, out.rootOrgId);
        !s)
        return s.error();
    return out;
}

Result<std::vector<MakeupRow>> MakeupService::ledger(const MakeupQuery& query)
{
    auto q = scoped(query);
    if (!q)
        return q.error();
    return AttendanceRepository(m_ledger.db()).makeup(*q);
}

Result<qint64> MakeupService::count(const MakeupQuery& query)
{
    auto q = scoped(query);
    if (!q)
        return q.error();
    return AttendanceRepository(m_ledger.db()).makeupCount(*q);
}

Result<MakeupCounts> MakeupService::counts(const MakeupQuery& query)
{
    auto q = scoped(query);
    if (!q)
        return q.error();
    return AttendanceRepository(m_ledger.db()).makeupCounts(*q);
}

Status MakeupService::record(qint64 attendanceId, const Date& date, const QString& note)
{
    return write(attendanceId, date, note, true);
}

std::vector<Error> MakeupService::check(qint64 attendanceId, const Date& date, const QString& note)
{
    auto record = AttendanceRepository(m_ledger.db()).byId(attendanceId);
    if (!record)
        return {record.error()};
    if (!*record)
        return {Error::notFound(QStringLiteral("makeup_date"), tr("no such attendance record"))};
    auto session = SessionRepository(m_ledger.db()).byId((*record)->sessionId);
    if (!session)
        return {session.error()};
    std::vector<Error> problems;
    if (!dates::isSet(date))
        problems.push_back(Error::invalid(QStringLiteral("makeup_date"), tr("is required")));
    Attendance changed = **record;
    changed.makeupDate = date;
    changed.makeupNote = note.trimmed();
    for (Error& e : rules::checkAttendance(changed, *session ? (*session)->date : Date()))
        problems.push_back(std::move(e));
    return problems;
}

Status MakeupService::clear(qint64 attendanceId)
{
    return write(attendanceId, Date(), QString(), false);
}

Status MakeupService::restore(qint64 attendanceId, const Date& date, const QString& note)
{
    return write(attendanceId, date, note, false);
}

Status MakeupService::write(qint64 attendanceId, const Date& date, const QString& note,
                            bool requireDate)
{
    AttendanceRepository repo(m_ledger.db());
    auto record = repo.byId(attendanceId);
    if (!record)
        return record.error();
    if (!*record)
        return Error::notFound(QStringLiteral("makeup_date"), tr("no such attendance record"));
    auto session = SessionRepository(m_ledger.db()).byId((*record)->sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return Error::notFound(QStringLiteral("session_id"), tr("no such session"));
    if (Status allowed = Access(m_ledger).requireGroup(Action::MakeupWrite, (*session)->groupId);
        !allowed)
        return allowed;
    if (requireDate && !dates::isSet(date))
        return Error::invalid(QStringLiteral("makeup_date"), tr("is required"));
    Attendance changed = **record;
    changed.makeupDate = date;
    changed.makeupNote = note.trimmed();
    const auto problems = rules::checkAttendance(changed, (*session)->date);
    if (!problems.empty())
        return problems.front();
    LedgerWrite tx(m_ledger);
    if (Status s = repo.update(changed); !s)
        return s;
    tx.changes().attendance(changed.sessionId);
    tx.changes().records(changed.memberId, LedgerChanges::Record::Makeup);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("makeup"),
                               QStringLiteral("attendance"), attendanceId,
                               audit::Diff()
                                   .field(QStringLiteral("补学日期"), (*record)->makeupDate, date)
                                   .field(QStringLiteral("补学说明"), (*record)->makeupNote,
                                          changed.makeupNote)
                                   .text((*session)->extId +
                                         QStringLiteral(" #%1").arg(changed.memberId)));
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
