#include "AssessmentService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditRecords.h"
#include "domain/Period.h"
#include "domain/TextRules.h"
#include "storage/AdjustmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/FiguresRepository.h"
#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"
#include "storage/PublicationRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sl {

namespace {

// The service's messages, in its translation context (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::AssessmentService)
};

Status checkCancel(const CancelFlag* cancel)
{
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    return {};
}

// The members of a group scope by their seat's role (列席 seats are not assessed).
Result<QHash<qint64, GroupRole>> rolesOf(Ledger& ledger, const ScopeRef& scope)
{
    QHash<qint64, GroupRole> roles;
    if (!scope.isGroup())
        return roles;
    auto seats = GroupRepository(ledger.db()).memberships(scope.id);
    if (!seats)
        return seats.error();
    for (const MembershipRow& s : *seats)
        roles.insert(s.membership.memberId, s.membership.role);
    return roles;
}

Result<QHash<qint64, QString>> orgNames(Ledger& ledger)
{
    auto orgs = OrgRepository(ledger.db()).all();
    if (!orgs)
        return orgs.error();
    QHash<qint64, QString> names;
    for (const Organisation& o : *orgs)
        names.insert(o.id, o.name);
    return names;
}

Error publishedError(int year)
{
    return Error{ErrorCode::Conflict, QStringLiteral("year"),
                 Text::tr("the results of %1 are published; they can no longer change").arg(year)};
}

} // namespace

Status AssessmentService::requireUnpublished(Ledger& ledger, const ScopeRef& scope, int year)
{
    auto rubric = RubricRepository(ledger.db()).forYear(year);
    if (!rubric)
        return rubric.error();
    auto publication = PublicationRepository(ledger.db()).find(scope, year);
    if (!publication)
        return publication.error();
    if (rubric->published || *publication)
        return publishedError(year);
    return {};
}

Result<ScopeAssessment> AssessmentService::assess(const ScopeRef& scope, int year,
                                                  const CancelFlag* cancel, RowOrder rowOrder)
{
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    auto info = Access(m_ledger).scopeFor(Action::AssessmentRead, scope);
    if (!info)
        return info.error();
    auto rubric = RubricRepository(m_ledger.db()).forYear(year);
    if (!rubric)
        return rubric.error();
    // The figures are read into the rows in place (a district's are tens of megabytes).
    ScopeAssessment out;
    FiguresRepository repository(m_ledger.db());
    repository.setCancelFlag(cancel);
    FiguresRows<AssessmentRow> rows(out.rows);
    const Status read = scope.isGroup() ? repository.forGroup(scope.id, *period, rows)
                                        : repository.forOrganisation(scope.id, *period, rows);
    if (!read)
        return read.error();
    if (Status go = checkCancel(cancel); !go)
        return go.error();
    auto roles = rolesOf(m_ledger, scope);
    if (!roles)
        return roles.error();
    auto names = orgNames(m_ledger);
    if (!names)
        return names.error();
    auto adjustments = AdjustmentRepository(m_ledger.db()).forScope(scope, year);
    if (!adjustments)
        return adjustments.error();
    auto publication = PublicationRepository(m_ledger.db()).find(scope, year);
    if (!publication)
        return publication.error();

    QHash<qint64, const AssessmentAdjustment*> adjusted;
    for (const AssessmentAdjustment& a : *adjustments)
        adjusted.insert(a.memberId, &a);

    out.scope = *info;
    out.year = year;
    out.rubric = *rubric;
    out.publication = *publication;
    const Assessment calculator(*rubric);
    for (AssessmentRow& row : out.rows) {
        const MemberFigures& f = row.figures;
        const AssessmentAdjustment* a = adjusted.value(f.memberId, nullptr);
        row.result = calculator.assess(f, a ? a->delta : 0.0);
        row.adjustmentReason = a ? a->reason : QString();
        row.role = roles->value(f.memberId, GroupRole::Member);
        row.orgName = names->value(f.orgId);
    }
    std::vector<AssessmentResult*> results;
    results.reserve(out.rows.size());
    for (AssessmentRow& r : out.rows)
        results.push_back(&r.result);
    Assessment::rank(results);
    if (rowOrder == RowOrder::Number)
        return out; // as read: by number
    // In rank order (equal ranks by number, as read): the ranks (1..n) counted into places,
    // then each row moved once.
    const size_t count = out.rows.size();
    std::vector<size_t> next(count + 2, 0);
    for (const AssessmentRow& r : out.rows)
        ++next[size_t(std::clamp<qint64>(r.result.rank, 1, qint64(count))) + 1];
    for (size_t rank = 1; rank < next.size(); ++rank)
        next[rank] += next[rank - 1];
    std::vector<int> order(count);
    for (size_t i = 0; i < count; ++i)
        order[next[size_t(std::clamp<qint64>(out.rows[i].result.rank, 1, qint64(count)))]++] =
            int(i);
    // The permutation applied in place, cycle by cycle (no second copy of a district's rows).
    std::vector<bool> placed(order.size(), false);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        AssessmentRow first = std::move(out.rows[start]);
        size_t at = start;
        for (;;) {
            placed[at] = true;
            const size_t from = size_t(order[at]);
            if (from == start) {
                out.rows[at] = std::move(first);
                break;
            }
            out.rows[at] = std::move(out.rows[from]);
            at = from;
        }
    }
    return out;
}

Status AssessmentService::setAdjustment(const ScopeRef& scope, qint64 memberId, int year,
                                        double delta, const QString& reason)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentAdjust, scope);
    if (!info)
        return info.error();
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("reason"), Text::tr("an adjustment needs a reason"));
    if (auto e = rules::checkCharacters(why, QStringLiteral("reason"), rules::TextKind::Line))
        return *e;
    if (!std::isfinite(delta) || delta < -100 || delta > 100)
        return Error::invalid(QStringLiteral("delta"), Text::tr("must be between -100 and 100"));

    LedgerWrite tx(m_ledger);
    if (Status open = requireUnpublished(m_ledger, scope, year); !open)
        return open;
    auto figures = scope.isGroup()
                       ? FiguresRepository(m_ledger.db()).forGroup(scope.id, *period)
                       : FiguresRepository(m_ledger.db()).forOrganisation(scope.id, *period);
    if (!figures)
        return figures.error();
    const auto assessed =
        std::find_if(figures->begin(), figures->end(),
                     [&](const MemberFigures& f) { return f.memberId == memberId; });
    if (assessed == figures->end())
        return Error::invalid(QStringLiteral("member"),
                              (scope.isGroup()
                                   ? Text::tr("the member is not assessed in group %1 in %2")
                                   : Text::tr("the member is not assessed in organisation "
                                              "%1 in %2"))
                                  .arg(info->extId)
                                  .arg(year));

    AssessmentAdjustment a;
    a.year = year;
    (scope.isGroup() ? a.groupId : a.orgId) = scope.id;
    a.memberId = memberId;
    a.delta = delta;
    a.reason = why;
    a.madeBy = m_ledger.actor().accountId;
    a.madeAt = QDateTime::currentDateTimeUtc();
    auto before = AdjustmentRepository(m_ledger.db()).find(scope, memberId, year); // for the audit
    if (!before)
        return before.error();
    auto id = AdjustmentRepository(m_ledger.db()).save(a);
    if (!id)
        return id.error();
    tx.changes().assessment(scope.isGroup() ? scope.id : 0, year);
    auto adjustmentText = [](double d, const QString& text) {
        return (d >= 0 ? QStringLiteral("+") : QString()) + QString::number(d) +
               QStringLiteral("（") + text + QStringLiteral("）");
    };
    const QString detail =
        audit::Diff()
            .field(QStringLiteral("调整"),
                   *before ? adjustmentText((*before)->delta, (*before)->reason) : QString(),
                   adjustmentText(delta, why))
            .text(QStringLiteral("%1 年 %2 %3").arg(year).arg(info->extId, assessed->extId));
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("adjust"),
                               QStringLiteral("assessment"), *id, detail);
        !s)
        return s;
    return tx.commit();
}

Status AssessmentService::removeAdjustment(const ScopeRef& scope, qint64 memberId, int year)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentAdjust, scope);
    if (!info)
        return info.error();
    LedgerWrite tx(m_ledger);
    if (Status open = requireUnpublished(m_ledger, scope, year); !open)
        return open;
    auto existing = AdjustmentRepository(m_ledger.db()).find(scope, memberId, year);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    if (Status s = AdjustmentRepository(m_ledger.db()).remove(scope, memberId, year); !s)
        return s;
    tx.changes().assessment(scope.isGroup() ? scope.id : 0, year);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("remove"),
                               QStringLiteral("assessment"), (*existing)->id,
                               audit::removed(QStringLiteral("%1 年 %2 党员 #%3 的调整 %4%5（%6）")
                                                  .arg(year)
                                                  .arg(info->extId)
                                                  .arg(memberId)
                                                  .arg((*existing)->delta >= 0 ? QStringLiteral("+")
                                                                               : QString())
                                                  .arg((*existing)->delta)
                                                  .arg((*existing)->reason)));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<AssessmentAdjustment>> AssessmentService::adjustment(const ScopeRef& scope,
                                                                          qint64 memberId, int year)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentRead, scope);
    if (!info)
        return info.error();
    return AdjustmentRepository(m_ledger.db()).find(scope, memberId, year);
}

Status AssessmentService::publish(const ScopeRef& scope, int year)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentPublish, scope);
    if (!info)
        return info.error();
    LedgerWrite tx(m_ledger);
    auto already = PublicationRepository(m_ledger.db()).find(scope, year);
    if (!already)
        return already.error();
    if (*already)
        return Error{ErrorCode::Conflict, QStringLiteral("year"),
                     Text::tr("the results of %1 for %2 were already published on %3")
                         .arg(year)
                         .arg(info->name)
                         .arg((*already)->publishedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm")))};
    auto assessed = assess(scope, year);
    if (!assessed)
        return assessed.error();
    // The year's rubric freezes with the first publication (RubricService::save refuses then),
    // and each publication keeps a copy of the rubric it was assessed by.
    RubricRepository rubrics(m_ledger.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto id =
        PublicationRepository(m_ledger.db()).create(*assessed, m_ledger.actor().accountId, now);
    if (!id)
        return id.error();
    if (Status s = rubrics.saveForPublication(*id, assessed->rubric); !s)
        return s;
    tx.changes().assessment(scope.isGroup() ? scope.id : 0, year);
    tx.changes().settings(year);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("publish"),
                               QStringLiteral("assessment"), *id,
                               QStringLiteral("发布 %1 年%2 %3 %4 的考核结果（%5 人）")
                                   .arg(year)
                                   .arg(scope.isGroup() ? QStringLiteral("学习小组")
                                                        : QStringLiteral("组织"))
                                   .arg(info->extId, info->name)
                                   .arg(assessed->rows.size()));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<AssessmentPublication>> AssessmentService::publication(const ScopeRef& scope,
                                                                            int year)
{
    if (auto info = Access(m_ledger).scopeFor(Action::AssessmentRead, scope); !info)
        return info.error();
    return PublicationRepository(m_ledger.db()).find(scope, year);
}

Status AssessmentService::withdraw(const ScopeRef& scope, int year,
                                   const AssessmentPublication& made)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentPublish, scope);
    if (!info)
        return info.error();
    LedgerWrite tx(m_ledger);
    PublicationRepository publications(m_ledger.db());
    auto current = publications.find(scope, year);
    if (!current)
        return current.error();
    if (!*current || (*current)->id != made.id || (*current)->publishedAt != made.publishedAt)
        return Error{ErrorCode::Conflict, QStringLiteral("year"),
                     Text::tr("the %1 results of %2 are no longer the ones published then")
                         .arg(year)
                         .arg(info->name)};
    if (Status s = publications.remove(made.id); !s)
        return s;
    tx.changes().assessment(scope.isGroup() ? scope.id : 0, year);
    tx.changes().settings(year);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("unpublish"),
                               QStringLiteral("assessment"), made.id,
                               QStringLiteral("撤回 %1 年%2 %3 %4 的考核结果")
                                   .arg(year)
                                   .arg(scope.isGroup() ? QStringLiteral("学习小组")
                                                        : QStringLiteral("组织"))
                                   .arg(info->extId, info->name));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<ScopeAssessment>> AssessmentService::published(const ScopeRef& scope, int year)
{
    auto info = Access(m_ledger).scopeFor(Action::AssessmentRead, scope);
    if (!info)
        return info.error();
    PublicationRepository repository(m_ledger.db());
    auto publication = repository.find(scope, year);
    if (!publication)
        return publication.error();
    if (!*publication)
        return std::optional<ScopeAssessment>();
    auto rubric = RubricRepository(m_ledger.db()).forPublication((*publication)->id, year);
    if (!rubric)
        return rubric.error();
    auto rows = repository.rows((*publication)->id);
    if (!rows)
        return rows.error();
    ScopeAssessment out;
    out.scope = *info;
    out.year = year;
    out.rubric = *rubric;
    out.rows = std::move(rows).value();
    out.publication = *publication;
    return std::optional<ScopeAssessment>(std::move(out));
}

} // namespace sl
