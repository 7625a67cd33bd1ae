#include "LedgerBookService.h"

#include "Access.h"
#include "AssessmentService.h"
#include "Ledger.h"
#include "LedgerBookAssembly.h"

#include "storage/AttendanceRepository.h"
#include "storage/LedgerBookRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SpeechRepository.h"

#include <unordered_map>

namespace sl {

namespace {

template <typename T> bool take(Result<T>&& result, T& target, Error& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    target = std::move(result).value();
    return true;
}

// The group of a session with its organisation's name, and its seats on the session's date in
// the ledger book's order.
struct SessionGroup
{
    GroupWithOrg group;
    std::vector<GroupSeat> seats;
};

Result<SessionGroup> sessionGroup(Database& db, const StudySession& session)
{
    LedgerBookRepository book(db);
    const ScopeRef scope = ScopeRef::group(session.groupId);
    auto groups = book.groups(scope);
    if (!groups)
        return groups.error();
    auto seats = book.seats(scope, Period{session.date, session.date});
    if (!seats)
        return seats.error();
    SessionGroup out;
    if (!groups->empty())
        out.group = groups->front();
    out.seats = ledgerbook::seatsInOrder(*seats, session.groupId, session.date);
    return out;
}

} // namespace

Result<StudySession> LedgerBookService::readableSession(qint64 sessionId)
{
    auto session = SessionRepository(m_ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return Error::notFound(QStringLiteral("session_id"),
                               tr("no session with id %1").arg(sessionId));
    if (Status s = Access(m_ledger).requireGroup(Action::RecordsRead, (*session)->groupId); !s)
        return s.error();
    return **session;
}

Result<SigninSheet> LedgerBookService::signinSheet(qint64 sessionId)
{
    auto session = readableSession(sessionId);
    if (!session)
        return session.error();
    if (session->status == SessionStatus::Cancelled)
        return Error::invalid(QStringLiteral("status"),
                              tr("session %1 is cancelled (%2); a cancelled session has no "
                                 "sign-in sheet")
                                  .arg(session->extId, enumZh(session->status)));
    auto group = sessionGroup(m_ledger.db(), *session);
    if (!group)
        return group.error();
    std::vector<AttendanceRow> records;
    if (session->status == SessionStatus::Held) {
        auto stored = AttendanceRepository(m_ledger.db()).forSession(sessionId);
        if (!stored)
            return stored.error();
        records = std::move(stored).value();
    }
    SigninSheet sheet;
    sheet.session = *session;
    sheet.groupName = group->group.group.name;
    sheet.orgName = group->group.orgName;
    sheet.rows = ledgerbook::signinRows(group->seats, records);
    return sheet;
}

Result<StudyRecord> LedgerBookService::sessionRecord(qint64 sessionId)
{
    auto session = readableSession(sessionId);
    if (!session)
        return session.error();
    if (session->status != SessionStatus::Held)
        return Error::invalid(QStringLiteral("status"),
                              tr("session %1 is %2, not held; only a held session has a record")
                                  .arg(session->extId, enumZh(session->status)));
    auto group = sessionGroup(m_ledger.db(), *session);
    if (!group)
        return group.error();
    ledgerbook::RecordParts parts;
    parts.group = &group->group;
    parts.seats = std::move(group->seats);
    Error error;
    if (!take(AttendanceRepository(m_ledger.db()).forSession(sessionId), parts.records, error) ||
        !take(SpeechRepository(m_ledger.db()).forSession(sessionId), parts.speeches, error) ||
        !take(SessionRepository(m_ledger.db()).materials(sessionId), parts.materials, error))
        return error;
    if (session->planItemId > 0) {
        auto item = PlanRepository(m_ledger.db()).item(session->planItemId);
        if (!item)
            return item.error();
        if (*item)
            parts.planItem =
                PlanItemRef{(*item)->id, (*item)->itemNo, (*item)->month, (*item)->topic};
    }
    return ledgerbook::studyRecord(*session, std::move(parts));
}

namespace {

// Everything a volume reads for its held sessions, by session id.
struct HeldSessions
{
    std::vector<SessionRow> rows; // by date, start, number
    std::unordered_map<qint64, std::vector<AttendanceRow>> records;
    std::unordered_map<qint64, std::vector<SpeechRow>> speeches;
    std::unordered_map<qint64, std::vector<SessionMaterial>> materials;
};

// Links each plan item to the held sessions that carry it out (a session's item is always of
// its group's plan for the year of its date, so the year's sessions are all there are).
std::unordered_map<qint64, PlanItemRef> linkPlans(std::vector<VolumePlan>& plans,
                                                  const std::vector<SessionRow>& sessions)
{
    std::unordered_map<qint64, VolumePlanItem*> itemOf;
    std::unordered_map<qint64, PlanItemRef> refs;
    for (VolumePlan& p : plans) {
        for (VolumePlanItem& i : p.items) {
            itemOf.emplace(i.item.id, &i);
            refs.emplace(i.item.id,
                         PlanItemRef{i.item.id, i.item.itemNo, i.item.month, i.item.topic});
        }
    }
    for (const SessionRow& r : sessions) {
        const auto found = itemOf.find(r.session.planItemId);
        if (r.session.planItemId > 0 && found != itemOf.end())
            found->second->sessionDates.push_back(r.session.date);
    }
    return refs;
}

} // namespace

Result<LedgerVolume> LedgerBookService::volume(const ScopeRef& scope, int year,
                                               const CancelFlag* cancel,
                                               const std::function<void(double)>& progress)
{
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    auto info = Access(m_ledger).scopeFor(Action::RecordsRead, scope);
    if (!info)
        return info.error();
    // Between the steps: stop when asked, else tell how far the work is.
    auto step = [&](double done) -> Status {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        if (progress)
            progress(done);
        return {};
    };

    LedgerVolume out;
    out.scope = *info;
    out.year = year;
    LedgerBookRepository book(m_ledger.db());
    std::vector<GroupWithOrg> groups;
    std::vector<GroupSeat> seats;
    Error error;
    if (!take(book.groups(scope), groups, error) ||
        !take(book.seats(scope, *period), seats, error) ||
        !take(book.plans(scope, year), out.plans, error))
        return error;
    out.organName = scope.isGroup() && !groups.empty() ? groups.front().orgName : info->name;

    SessionQuery query;
    if (scope.isGroup())
        query.groupIds = {scope.id};
    else
        query.rootOrgId = scope.id;
    query.from = period->from;
    query.to = period->to;
    query.status = SessionStatus::Held;
    HeldSessions held;
    std::vector<SessionMaterial> materials;
    if (Status s = step(0.1); !s)
        return s.error();
    if (!take(SessionRepository(m_ledger.db()).list(query), held.rows, error))
        return error;
    if (Status s = step(0.2); !s)
        return s.error();
    if (Status s = AttendanceRepository(m_ledger.db())
                       .scan(query,
                             [&](const AttendanceRow& r) -> Status {
                                 held.records[r.record.sessionId].push_back(r);
                                 return {};
                             });
        !s)
        return s.error();
    if (Status s = step(0.4); !s)
        return s.error();
    if (Status s = SpeechRepository(m_ledger.db())
                       .scan(query,
                             [&](const SpeechRow& r) -> Status {
                                 held.speeches[r.speech.sessionId].push_back(r);
                                 return {};
                             });
        !s)
        return s.error();
    if (!take(book.materials(query), materials, error))
        return error;
    for (SessionMaterial& m : materials)
        held.materials[m.sessionId].push_back(std::move(m));
    if (Status s = step(0.5); !s)
        return s.error();

    // The records of the sessions, and one attendance table per group that held sessions.
    const auto planItems = linkPlans(out.plans, held.rows);
    std::unordered_map<qint64, const GroupWithOrg*> groupOf;
    for (const GroupWithOrg& g : groups)
        groupOf.emplace(g.group.id, &g);
    std::unordered_map<qint64, std::vector<GroupSeat>> seatsOf;
    for (const GroupSeat& s : seats)
        seatsOf[s.membership.groupId].push_back(s);
    // The tables first: the records then move into the sessions' records.
    std::unordered_map<qint64, std::vector<const StudySession*>> sessionsOf;
    for (const SessionRow& row : held.rows)
        sessionsOf[row.session.groupId].push_back(&row.session);
    for (const GroupWithOrg& g : groups) {
        const auto sessions = sessionsOf.find(g.group.id);
        if (sessions == sessionsOf.end())
            continue;
        out.attendance.push_back(ledgerbook::attendanceMatrix(
            g, ledgerbook::seatsInOrder(seatsOf[g.group.id], g.group.id), sessions->second,
            held.records));
    }
    if (Status st = step(0.55); !st)
        return st.error();
    out.sessions.reserve(held.rows.size());
    for (const SessionRow& row : held.rows) {
        const StudySession& s = row.session;
        ledgerbook::RecordParts parts;
        const auto g = groupOf.find(s.groupId);
        parts.group = g == groupOf.end() ? nullptr : g->second;
        parts.seats = ledgerbook::seatsInOrder(seatsOf[s.groupId], s.groupId, s.date);
        parts.records = std::move(held.records[s.id]);
        parts.speeches = std::move(held.speeches[s.id]);
        parts.materials = std::move(held.materials[s.id]);
        if (const auto item = planItems.find(s.planItemId); item != planItems.end())
            parts.planItem = item->second;
        out.sessions.push_back(ledgerbook::studyRecord(s, std::move(parts)));
    }
    if (Status s = step(0.6); !s)
        return s.error();

    if (!take(book.selfStudySummary(scope, *period), out.selfStudy, error) ||
        !take(book.writings(scope, *period), out.writings, error))
        return error;
    if (scope.isGroup())
        ledgerbook::orderLike(out.selfStudy, ledgerbook::seatsInOrder(seats, scope.id));
    if (Status s = step(0.7); !s)
        return s.error();

    AssessmentService assessments(m_ledger);
    auto published = assessments.published(scope, year);
    if (!published)
        return published.error();
    if (*published) {
        out.assessment = std::move(**published);
    } else {
        auto assessed = assessments.assess(scope, year, cancel);
        if (!assessed)
            return assessed.error();
        if (!assessed->rows.empty())
            out.assessment = std::move(assessed).value();
    }
    if (Status s = step(1.0); !s)
        return s.error();
    return out;
}

} // namespace sl
