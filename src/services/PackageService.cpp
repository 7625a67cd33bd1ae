#include "PackageService.h"

#include "Access.h"
#include "AssessmentService.h"
#include "Ledger.h"
#include "LedgerWrite.h"
#include "RosterService.h"

#include "domain/AuditRecords.h"
#include "domain/TextRules.h"

#include "storage/AdjustmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/PackageRepository.h"

#include <QCoreApplication>

#include <cmath>

namespace sl {

namespace {

// The service's messages, in its translation context (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::PackageService)
};

// What a package carries of a subtree is read with these actions, and written with these.
constexpr Action kReadActions[] = {Action::RosterRead, Action::RecordsRead,
                                   Action::MemberRecordsRead, Action::AssessmentRead};
constexpr Action kWriteActions[] = {
    Action::RosterWrite,     Action::PlanWrite,    Action::SessionWrite,
    Action::AttendanceWrite, Action::MakeupWrite,  Action::SpeechWrite,
    Action::SelfStudyWrite,  Action::WritingWrite, Action::AssessmentAdjust};

using Table = PackageRepository::Table;

Result<std::vector<PackageRef>> named(Ledger& ledger, Table table, const QStringList& extIds)
{
    auto found = PackageRepository(ledger.db()).lookUp(table, extIds);
    if (!found)
        return found.error();
    std::vector<PackageRef> out;
    for (const QString& id : extIds) {
        if (auto it = found->constFind(id); it != found->cend())
            out.push_back({id, it->name});
    }
    return out;
}

Result<std::vector<PackageRef>> missing(Ledger& ledger, Table table,
                                        const std::vector<PackageRef>& refs)
{
    QStringList ids;
    for (const PackageRef& r : refs)
        ids << r.extId;
    auto found = PackageRepository(ledger.db()).lookUp(table, ids);
    if (!found)
        return found.error();
    std::vector<PackageRef> out;
    for (const PackageRef& r : refs) {
        if (!found->contains(r.extId))
            out.push_back(r);
    }
    return out;
}

} // namespace

Result<PackageSource> PackageService::exportSource(const QString& orgRef)
{
    auto org = RosterService(m_ledger).resolveOrg(orgRef);
    if (!org)
        return org.error();
    Access access(m_ledger);
    for (Action action : kReadActions) {
        if (Status allowed = access.require(action, org->id); !allowed)
            return allowed.error();
    }
    return PackageSource{org->id, org->extId, org->name};
}

Result<std::vector<PackageAdjustment>> PackageService::adjustments(const PackageSource& source,
                                                                   int year)
{
    if (Status allowed = Access(m_ledger).require(Action::AssessmentRead, source.orgId); !allowed)
        return allowed.error();
    return PackageRepository(m_ledger.db()).adjustments(source.orgId, year);
}

Result<std::vector<PackageRef>> PackageService::organisations(const QStringList& extIds)
{
    return named(m_ledger, Table::Organisations, extIds);
}

Result<std::vector<PackageRef>> PackageService::members(const QStringList& extIds)
{
    return named(m_ledger, Table::Members, extIds);
}

Result<PackageUnknowns> PackageService::unknown(const std::vector<PackageRef>& organisations,
                                                const std::vector<PackageRef>& members)
{
    PackageUnknowns out;
    auto orgs = missing(m_ledger, Table::Organisations, organisations);
    if (!orgs)
        return orgs.error();
    auto people = missing(m_ledger, Table::Members, members);
    if (!people)
        return people.error();
    out.organisations = std::move(orgs).value();
    out.members = std::move(people).value();
    return out;
}

Status PackageService::announceMerged()
{
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    using Record = LedgerChanges::Record;
    LedgerChanges& changes = tx.changes();
    changes.rosterChanged();
    changes.session(0);
    changes.attendance(0);
    changes.plan(0, 0);
    changes.assessment(0, 0);
    for (Record r : {Record::SelfStudy, Record::Writing, Record::Speech, Record::Makeup})
        changes.records(0, r);
    return tx.commit();
}

PackageImport::PackageImport(Ledger& ledger) : m_ledger(ledger) {}

PackageImport::~PackageImport() = default;

Status PackageImport::begin(const QString& sourceExtId)
{
    auto found = PackageRepository(m_ledger.db()).lookUp(Table::Organisations, {sourceExtId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("org_id"),
                               Text::tr("unknown organisation %1").arg(sourceExtId));
    const qint64 orgId = found->value(sourceExtId).id;
    Access access(m_ledger);
    for (Action action : kWriteActions) {
        if (Status allowed = access.require(action, orgId); !allowed)
            return allowed;
    }
    m_tx = std::make_unique<LedgerWrite>(m_ledger);
    if (!m_tx->isActive())
        return m_tx->beginError();
    m_batch = std::make_unique<ImportBatch>();
    return {};
}

const std::vector<ImportBatch::Part>& PackageImport::parts() const
{
    static const std::vector<ImportBatch::Part> none;
    return m_batch ? m_batch->parts() : none;
}

Result<ImportReport>
PackageImport::importAdjustments(const std::vector<ImportRow<PackageAdjustment>>& rows,
                                 const std::vector<RowError>& readErrors)
{
    ImportSession session(m_ledger, QStringLiteral("adjustments"), Action::AssessmentAdjust);
    if (Status s = session.begin(); !s)
        return s.error();
    session.seed(readErrors);
    QStringList memberIds, groupIds, orgIds;
    for (const auto& row : rows) {
        memberIds << row.record.memberExtId;
        (row.record.orgScope ? orgIds : groupIds) << row.record.scopeExtId;
    }
    PackageRepository repository(m_ledger.db());
    auto members = repository.lookUp(Table::Members, memberIds);
    auto groups = repository.lookUp(Table::Groups, groupIds);
    auto orgs = repository.lookUp(Table::Organisations, orgIds);
    if (!members || !groups || !orgs)
        return !members ? members.error() : !groups ? groups.error() : orgs.error();
    session.rejectDuplicateKeys(
        rows,
        [](const PackageAdjustment& a) {
            return QStringLiteral("%1 %2 %3 %4")
                .arg(a.orgScope ? 1 : 0)
                .arg(a.scopeExtId)
                .arg(a.year)
                .arg(a.memberExtId);
        },
        QStringLiteral("member_id"));
    Access access(m_ledger);
    AdjustmentRepository adjustments(m_ledger.db());
    for (const auto& [line, a] : rows) {
        const auto member = members->constFind(a.memberExtId);
        const auto& scopes = a.orgScope ? *orgs : *groups;
        const auto scopeIt = scopes.constFind(a.scopeExtId);
        if (member == members->cend())
            session.error(line, QStringLiteral("member_id"),
                          Text::tr("unknown member %1").arg(a.memberExtId));
        if (scopeIt == scopes.cend())
            session.error(line, QStringLiteral("scope_id"),
                          (a.orgScope ? Text::tr("unknown organisation %1")
                                      : Text::tr("unknown study group %1"))
                              .arg(a.scopeExtId));
        if (!std::isfinite(a.delta) || a.delta < -100 || a.delta > 100)
            session.error(line, QStringLiteral("delta"), Text::tr("must be between -100 and 100"));
        if (a.reason.trimmed().isEmpty())
            session.error(line, QStringLiteral("reason"), Text::tr("an adjustment needs a reason"));
        else if (auto e = rules::checkCharacters(a.reason, QStringLiteral("reason"),
                                                 rules::TextKind::Line))
            session.error(line, QStringLiteral("reason"), e->message);
        if (member == members->cend() || scopeIt == scopes.cend() || session.hasErrors())
            continue;
        const ScopeRef scope =
            a.orgScope ? ScopeRef::organisation(scopeIt->id) : ScopeRef::group(scopeIt->id);
        const Status allowed = a.orgScope
                                   ? access.require(Action::AssessmentAdjust, scopeIt->id)
                                   : access.requireGroup(Action::AssessmentAdjust, scopeIt->id);
        if (!session.require(line, QStringLiteral("scope_id"), allowed))
            continue;
        auto before = adjustments.find(scope, member->id, a.year);
        if (!before)
            return before.error();
        const bool existed = before->has_value();
        const bool changed =
            !existed || (*before)->delta != a.delta || (*before)->reason != a.reason;
        if (changed) {
            if (Status open = AssessmentService::requireUnpublished(m_ledger, scope, a.year);
                !open) {
                session.error(line, QStringLiteral("year"), open.error().message);
                continue;
            }
            AssessmentAdjustment stored;
            stored.year = a.year;
            (a.orgScope ? stored.orgId : stored.groupId) = scope.id;
            stored.memberId = member->id;
            stored.delta = a.delta;
            stored.reason = a.reason;
            stored.madeBy = m_ledger.actor().accountId;
            stored.madeAt = a.madeAt.isValid() ? a.madeAt : QDateTime::currentDateTimeUtc();
            if (auto id = adjustments.save(stored); !id)
                return id.error();
            m_tx->changes().assessment(a.orgScope ? 0 : scope.id, a.year);
        }
        session.count(existed, changed);
    }
    return session.finish();
}

Status PackageImport::finish(const QString& fileName)
{
    if (!m_tx)
        return Error::database(QStringLiteral("the package import was not begun"));
    QStringList counts;
    for (const ImportBatch::Part& p : m_batch->parts()) {
        counts << QStringLiteral("%1 新增 %2，更新 %3，未变 %4")
                      .arg(audit::entityLabel(p.kind))
                      .arg(p.counts.added)
                      .arg(p.counts.updated)
                      .arg(p.counts.unchanged);
    }
    const QString detail =
        QStringLiteral("导入数据包 %1：%2").arg(fileName, counts.join(QStringLiteral("；")));
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("import"),
                               QStringLiteral("package"), 0, detail);
        !s)
        return s;
    m_batch.reset();
    Status committed = m_tx->commit();
    m_tx.reset();
    return committed;
}

} // namespace sl
