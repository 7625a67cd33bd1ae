#include "SelfStudyService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/ActivityRules.h"
#include "domain/AuditDetails.h"
#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SelfStudyRepository.h"
#include "storage/Transaction.h"

namespace sl {

namespace {

const QString entity = QStringLiteral("self_study");

QString detailOf(const SelfStudyEntry& e)
{
    return QStringLiteral("#%1 ").arg(e.memberId) + audit::selfStudyText(e);
}

} // namespace

SelfStudyEntry SelfStudyService::draft(qint64 memberId)
{
    SelfStudyEntry e;
    e.memberId = memberId;
    e.date = Clock::today();
    e.minutes = rules::minutePresets.front();
    return e;
}

SelfStudyEntry SelfStudyService::normalised(SelfStudyEntry entry)
{
    entry.material = entry.material.trimmed();
    return entry;
}

std::vector<Error> SelfStudyService::check(const SelfStudyEntry& given)
{
    const SelfStudyEntry e = normalised(given);
    std::vector<Error> problems = rules::checkSelfStudy(e, Clock::today());
    auto member = MemberRepository(m_ledger.db()).byId(e.memberId);
    if (!member) {
        problems.push_back(member.error());
        return problems;
    }
    if (!*member)
        problems.push_back(
            Error::invalid(QStringLiteral("member_id"), tr("choose the member who studied")));
    if (e.material.isEmpty() || !dates::isSet(e.date))
        return problems;
    auto same = SelfStudyRepository(m_ledger.db()).byKey(e.memberId, e.date, e.material);
    if (!same)
        problems.push_back(same.error());
    else if (*same && (*same)->id != e.id)
        problems.push_back(Error{ErrorCode::Conflict, QStringLiteral("material"),
                                 tr("%1 is logged for %2 already; edit that entry")
                                     .arg(e.material, dates::toIso(e.date))});
    return problems;
}

Result<qint64> SelfStudyService::write(const SelfStudyEntry& e, const QString& action,
                                       qint64 formerMember)
{
    const std::vector<Error> problems = check(e);
    if (!problems.empty())
        return problems.front();
    LedgerWrite tx(m_ledger);
    SelfStudyRepository repo(m_ledger.db());
    Result<std::optional<SelfStudyEntry>> stored = std::optional<SelfStudyEntry>(); // for the audit
    if (e.id != 0)
        stored = repo.byId(e.id);
    if (!stored)
        return stored.error();
    qint64 id = e.id;
    if (id == 0) {
        auto inserted = repo.insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(e); !s) {
        return s.error();
    }
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, action, entity, id,
                               *stored ? audit::selfStudyChange(**stored, e)
                                       : audit::created(detailOf(e)));
        !s)
        return s.error();
    tx.changes().records(e.memberId, LedgerChanges::Record::SelfStudy);
    if (formerMember != 0 && formerMember != e.memberId)
        tx.changes().records(formerMember, LedgerChanges::Record::SelfStudy);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> SelfStudyService::log(const SelfStudyEntry& given)
{
    SelfStudyEntry e = normalised(given);
    e.id = 0;
    if (Status allowed = Access(m_ledger).requireMember(Action::SelfStudyWrite, e.memberId);
        !allowed)
        return allowed.error();
    return write(e, QStringLiteral("create"));
}

Status SelfStudyService::edit(const SelfStudyEntry& given)
{
    const SelfStudyEntry e = normalised(given);
    auto stored = SelfStudyRepository(m_ledger.db()).byId(e.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QString(), tr("the self-study entry no longer exists"));
    if (Status allowed =
            Access(m_ledger).requireMember(Action::SelfStudyWrite, (*stored)->memberId);
        !allowed)
        return allowed;
    if (Status allowed = Access(m_ledger).requireMember(Action::SelfStudyWrite, e.memberId);
        !allowed)
        return allowed;
    if (e == **stored)
        return {};
    auto written = write(e, QStringLiteral("update"), (*stored)->memberId);
    if (!written)
        return written.error();
    return {};
}

Status SelfStudyService::remove(qint64 id)
{
    SelfStudyRepository repo(m_ledger.db());
    auto stored = repo.byId(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QString(), tr("the self-study entry no longer exists"));
    if (Status allowed =
            Access(m_ledger).requireMember(Action::SelfStudyWrite, (*stored)->memberId);
        !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    if (Status s = repo.remove(id); !s)
        return s;
    tx.changes().records((*stored)->memberId, LedgerChanges::Record::SelfStudy);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("delete"), entity, id,
                               audit::removed(detailOf(**stored)));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<SelfStudyEntry>> SelfStudyService::entry(qint64 id)
{
    auto stored = SelfStudyRepository(m_ledger.db()).byId(id);
    if (!stored || !*stored)
        return stored;
    if (Status allowed =
            Access(m_ledger).requireMember(Action::MemberRecordsRead, (*stored)->memberId);
        !allowed)
        return allowed.error();
    return stored;
}

Result<std::vector<SelfStudyEntry>> SelfStudyService::list(qint64 memberId, const Date& from,
                                                           const Date& to)
{
    if (Status allowed = Access(m_ledger).requireMember(Action::MemberRecordsRead, memberId);
        !allowed)
        return allowed.error();
    return SelfStudyRepository(m_ledger.db()).list(memberId, from, to);
}

Result<QStringList> SelfStudyService::materials(qint64 memberId, const QString& prefix, int limit)
{
    if (Status allowed = Access(m_ledger).requireMember(Action::MemberRecordsRead, memberId);
        !allowed)
        return allowed.error();
    return SelfStudyRepository(m_ledger.db()).materials(memberId, prefix.trimmed(), limit);
}

Status SelfStudyService::exportRows(const ActivityFilter& filter,
                                    const std::function<Status(const SelfStudyRow&)>& visit)
{
    ActivityFilter scoped = filter;
    if (Status allowed = Access(m_ledger).limitRoot(Action::MemberRecordsRead, scoped.rootOrgId);
        !allowed)
        return allowed;
    return SelfStudyRepository(m_ledger.db()).scan(scoped, visit);
}

Status SelfStudyService::exportText(const ActivityFilter& filter,
                                    const std::function<Status(const TextRow&)>& visit)
{
    ActivityFilter scoped = filter;
    if (Status allowed = Access(m_ledger).limitRoot(Action::MemberRecordsRead, scoped.rootOrgId);
        !allowed)
        return allowed;
    return SelfStudyRepository(m_ledger.db()).scanText(scoped, visit);
}

} // namespace sl
