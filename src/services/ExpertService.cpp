#include "ExpertService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/SessionRules.h"
#include "storage/AuditRepository.h"
#include "storage/ExpertRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

namespace sl {

Result<std::vector<Expert>> ExpertService::experts()
{
    if (Status allowed = Access(m_ledger).require(Action::RecordsRead); !allowed)
        return allowed.error();
    return ExpertRepository(m_ledger.db()).all();
}

Result<std::optional<Expert>> ExpertService::expert(qint64 id)
{
    if (Status allowed = Access(m_ledger).require(Action::RecordsRead); !allowed)
        return allowed.error();
    return ExpertRepository(m_ledger.db()).byId(id);
}

Result<std::optional<Expert>> ExpertService::uniqueByName(const QString& name)
{
    if (Status allowed = Access(m_ledger).require(Action::RecordsRead); !allowed)
        return allowed.error();
    auto found = ExpertRepository(m_ledger.db()).byName(name.trimmed());
    if (!found)
        return found.error();
    if (found->size() != 1)
        return std::optional<Expert>();
    return std::optional<Expert>(found->front());
}

Result<qint64> ExpertService::save(const Expert& expert)
{
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite); !allowed)
        return allowed.error();
    Expert saved = expert;
    saved.name = saved.name.trimmed();
    saved.title = saved.title.trimmed();
    saved.affiliation = saved.affiliation.trimmed();
    saved.fields = saved.fields.trimmed();
    const auto problems = rules::checkExpert(saved);
    if (!problems.empty())
        return problems.front();
    ExpertRepository repo(m_ledger.db());
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    std::optional<Expert> before; // for the audit
    if (saved.id == 0) {
        auto id = repo.insert(saved);
        if (!id)
            return id.error();
        saved.id = *id;
    } else {
        auto existing = repo.byId(saved.id);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::notFound(QStringLiteral("name"), tr("no such expert"));
        before = **existing;
        if (Status s = repo.update(saved); !s)
            return s.error();
    }
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId,
                        expert.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                        QStringLiteral("expert"), saved.id,
                        before ? audit::expertChange(*before, saved) : audit::created(saved.name));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved.id;
}

Status ExpertService::remove(qint64 id)
{
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite); !allowed)
        return allowed;
    ExpertRepository repo(m_ledger.db());
    auto given = repo.sessionCount(id);
    if (!given)
        return given.error();
    if (*given > 0)
        return Error{ErrorCode::Conflict, QStringLiteral("name"),
                     tr("the expert gave %1 sessions; the pool keeps them").arg(*given)};
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    auto gone = repo.byId(id); // for the audit
    if (!gone)
        return gone.error();
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                        QStringLiteral("expert"), id,
                        audit::removed(*gone ? (*gone)->name : QStringLiteral("#%1").arg(id)));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<SessionRow>> ExpertService::sessionsGiven(qint64 expertId)
{
    SessionQuery query;
    query.expertId = expertId;
    auto root = Access(m_ledger).readRoot(Action::RecordsRead);
    if (!root)
        return root.error();
    query.rootOrgId = *root;
    return SessionRepository(m_ledger.db()).list(query);
}

} // namespace sl
