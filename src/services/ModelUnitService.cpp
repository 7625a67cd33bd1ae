#include "ModelUnitService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/SessionRules.h"
#include "domain/TextRules.h"
#include "storage/AuditRepository.h"
#include "storage/ModelUnitRepository.h"
#include "storage/OrgRepository.h"

namespace sl {

namespace {

Status recordAudit(Ledger& ledger, const QString& action, qint64 id, const QString& detail)
{
    return AuditRepository(ledger.db())
        .record(ledger.actor().accountId, action, QStringLiteral("model_unit"), id, detail);
}

} // namespace

Result<std::vector<ModelUnitRow>> ModelUnitService::units(const ModelUnitQuery& query)
{
    ModelUnitQuery scoped = query;
    if (Status s = Access(m_ledger).limitRoot(Action::RecordsRead, scoped.rootOrgId); !s)
        return s.error();
    return ModelUnitRepository(m_ledger.db()).list(scoped);
}

Result<std::optional<ModelUnit>> ModelUnitService::unit(qint64 id)
{
    if (Status allowed = Access(m_ledger).require(Action::RecordsRead); !allowed)
        return allowed.error();
    auto found = ModelUnitRepository(m_ledger.db()).byId(id);
    if (found && *found) {
        if (Status allowed = Access(m_ledger).require(Action::RecordsRead, (*found)->orgId);
            !allowed)
            return allowed.error();
    }
    return found;
}

Result<std::vector<ModelUnitChange>> ModelUnitService::history(qint64 unitId)
{
    if (auto found = unit(unitId); !found)
        return found.error();
    return ModelUnitRepository(m_ledger.db()).history(unitId);
}

Result<qint64> ModelUnitService::apply(const ModelUnit& unit, const Date& appliedOn,
                                       const QString& note)
{
    ModelUnit fresh = unit;
    fresh.id = 0;
    fresh.name = fresh.name.trimmed();
    fresh.status = ModelStatus::Applied;
    auto problems = rules::checkModelUnit(fresh);
    if (!dates::isSet(appliedOn))
        problems.push_back(Error::invalid(QStringLiteral("date"), tr("is required")));
    if (auto e = rules::checkCharacters(note, QStringLiteral("note"), rules::TextKind::FreeText))
        problems.push_back(*e);
    if (!problems.empty())
        return problems.front();
    auto org = OrgRepository(m_ledger.db()).byId(fresh.orgId);
    if (!org)
        return org.error();
    if (!*org)
        return Error::invalid(QStringLiteral("org_id"), tr("choose an organisation"));
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite, fresh.orgId); !allowed)
        return allowed.error();
    ModelUnitRepository repo(m_ledger.db());
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    auto id = repo.insert(fresh);
    if (!id)
        return id.error();
    if (auto change = repo.insertChange({0, *id, ModelStatus::Applied, appliedOn, note.trimmed()});
        !change)
        return change.error();
    if (Status s = recordAudit(m_ledger, QStringLiteral("create"), *id,
                               audit::created(audit::modelUnitText(fresh)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ModelUnitService::edit(const ModelUnit& unit)
{
    ModelUnitRepository repo(m_ledger.db());
    auto existing = repo.byId(unit.id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::notFound(QStringLiteral("name"), tr("no such demonstration site or brand "
                                                          "activity"));
    ModelUnit changed = unit;
    changed.name = changed.name.trimmed();
    changed.status = (*existing)->status;
    const auto problems = rules::checkModelUnit(changed);
    if (!problems.empty())
        return problems.front();
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite, (*existing)->orgId);
        !allowed)
        return allowed;
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite, changed.orgId); !allowed)
        return allowed;
    auto org = OrgRepository(m_ledger.db()).byId(changed.orgId);
    if (!org)
        return org.error();
    if (!*org)
        return Error::invalid(QStringLiteral("org_id"), tr("choose an organisation"));
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    if (Status s = repo.update(changed); !s)
        return s;
    if (Status s = recordAudit(m_ledger, QStringLiteral("update"), changed.id,
                               audit::modelUnitChange(**existing, changed));
        !s)
        return s;
    return tx.commit();
}

Result<ModelUnit> ModelUnitService::writableUnit(qint64 unitId)
{
    auto existing = ModelUnitRepository(m_ledger.db()).byId(unitId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::notFound(QStringLiteral("name"), tr("no such demonstration site or brand "
                                                          "activity"));
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite, (*existing)->orgId);
        !allowed)
        return allowed.error();
    return **existing;
}

Status ModelUnitService::changeStatus(qint64 unitId, ModelStatus status, const Date& on,
                                      const QString& note)
{
    auto existing = writableUnit(unitId);
    if (!existing)
        return existing.error();
    ModelUnitRepository repo(m_ledger.db());
    if (auto e = rules::checkModelTransition(existing->status, status))
        return *e;
    if (!dates::isSet(on))
        return Error::invalid(QStringLiteral("date"), tr("is required"));
    if (auto e = rules::checkCharacters(note, QStringLiteral("note"), rules::TextKind::FreeText))
        return *e;
    auto past = repo.history(unitId);
    if (!past)
        return past.error();
    if (!past->empty() && on < past->back().changedOn)
        return Error::invalid(
            QStringLiteral("date"),
            tr("is before the last change (%1)").arg(dates::toIso(past->back().changedOn)));
    ModelUnit changed = *existing;
    changed.status = status;
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    if (Status s = repo.update(changed); !s)
        return s;
    if (auto change = repo.insertChange({0, unitId, status, on, note.trimmed()}); !change)
        return change.error();
    if (Status s = recordAudit(m_ledger, QStringLiteral("status"), unitId,
                               audit::modelUnitChange(*existing, changed) +
                                   QStringLiteral("（%1）").arg(dates::toIso(on)));
        !s)
        return s;
    return tx.commit();
}

Status ModelUnitService::withdrawChange(qint64 unitId, const ModelUnitChange& change)
{
    auto existing = writableUnit(unitId);
    if (!existing)
        return existing.error();
    ModelUnitRepository repo(m_ledger.db());
    auto past = repo.history(unitId);
    if (!past)
        return past.error();
    if (past->size() < 2 || past->back().status != change.status ||
        past->back().changedOn != change.changedOn || past->back().note != change.note.trimmed())
        return Error{ErrorCode::Conflict, QStringLiteral("status"),
                     tr("the status changed since; its last change cannot be taken back")};
    ModelUnit changed = *existing;
    changed.status = (*past)[past->size() - 2].status;
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    if (Status s = repo.update(changed); !s)
        return s;
    if (Status s = repo.removeChange(past->back().id); !s)
        return s;
    if (Status s = recordAudit(
            m_ledger, QStringLiteral("status"), unitId,
            audit::modelUnitChange(*existing, changed) +
                QStringLiteral("（撤回 %1 的变更）").arg(dates::toIso(change.changedOn)));
        !s)
        return s;
    return tx.commit();
}

Status ModelUnitService::remove(qint64 id)
{
    ModelUnitRepository repo(m_ledger.db());
    auto existing = repo.byId(id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    if (Status allowed = Access(m_ledger).require(Action::RegisterWrite, (*existing)->orgId);
        !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    tx.changes().registersChanged();
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s = recordAudit(m_ledger, QStringLiteral("delete"), id,
                               audit::removed(audit::modelUnitText(**existing)));
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
