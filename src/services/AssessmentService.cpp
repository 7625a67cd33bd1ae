#include "AssessmentService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/Period.h"
#include "domain/TextRules.h"
#include "storage/AdjustmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/FiguresRepository.h"
#include "storage/GroupRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace sl {

namespace {

Result<StudyGroup> findGroup(Ledger& ledger, qint64 groupId)
{
    auto group = GroupRepository(ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group)
        return Error::notFound(
            QStringLiteral("group"),
            QCoreApplication::translate("sl", "no group with id %1").arg(groupId));
    return **group;
}

} // namespace

Result<GroupAssessment> AssessmentService::assessGroup(qint64 groupId, int year)
{
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    auto group = findGroup(m_ledger, groupId);
    if (!group)
        return group.error();
    if (Status allowed = Access(m_ledger).requireReadGroup(group->orgId); !allowed)
        return allowed.error();
    auto rubric = RubricRepository(m_ledger.db()).forYear(year);
    if (!rubric)
        return rubric.error();
    auto figures = FiguresRepository(m_ledger.db()).forGroup(groupId, *period);
    if (!figures)
        return figures.error();
    auto seats = GroupRepository(m_ledger.db()).memberships(groupId);
    if (!seats)
        return seats.error();
    auto adjustments = AdjustmentRepository(m_ledger.db()).forGroup(groupId, year);
    if (!adjustments)
        return adjustments.error();

    QHash<qint64, GroupRole> roles;
    for (const MembershipRow& s : *seats)
        roles.insert(s.membership.memberId, s.membership.role);
    QHash<qint64, const AssessmentAdjustment*> adjusted;
    for (const AssessmentAdjustment& a : *adjustments)
        adjusted.insert(a.memberId, &a);

    GroupAssessment out;
    out.group = *group;
    out.year = year;
    out.rubric = *rubric;
    const Assessment calculator(*rubric);
    for (MemberFigures& f : figures.value()) {
        AssessmentRow row;
        const AssessmentAdjustment* a = adjusted.value(f.memberId, nullptr);
        row.result = calculator.assess(f, a ? a->delta : 0.0);
        row.adjustmentReason = a ? a->reason : QString();
        row.role = roles.value(f.memberId, GroupRole::Member);
        row.figures = std::move(f);
        out.rows.push_back(std::move(row));
    }
    std::vector<AssessmentResult*> results;
    for (AssessmentRow& r : out.rows)
        results.push_back(&r.result);
    Assessment::rank(results);
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const AssessmentRow& a, const AssessmentRow& b) {
                         return a.result.rank < b.result.rank;
                     });
    return out;
}

Status AssessmentService::setAdjustment(qint64 groupId, qint64 memberId, int year, double delta,
                                        const QString& reason)
{
    auto group = findGroup(m_ledger, groupId);
    if (!group)
        return group.error();
    if (Status allowed = Access(m_ledger).requireSecretaryOf(group->orgId); !allowed)
        return allowed;
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            QCoreApplication::translate("sl::AssessmentService", "an adjustment needs a reason"));
    if (auto e = rules::checkCharacters(why, QStringLiteral("reason"), rules::TextKind::Line))
        return *e;
    if (!std::isfinite(delta) || delta < -100 || delta > 100)
        return Error::invalid(
            QStringLiteral("delta"),
            QCoreApplication::translate("sl::AssessmentService", "must be between -100 and 100"));

    LedgerWrite tx(m_ledger);
    auto rubric = RubricRepository(m_ledger.db()).forYear(year);
    if (!rubric)
        return rubric.error();
    if (rubric->published)
        return Error{ErrorCode::Conflict, QStringLiteral("year"),
                     QCoreApplication::translate(
                         "sl::AssessmentService",
                         "the results of %1 are published; they can no longer change")
                         .arg(year)};
    auto figures = FiguresRepository(m_ledger.db()).forGroup(groupId, *period);
    if (!figures)
        return figures.error();
    const auto assessed =
        std::find_if(figures->begin(), figures->end(),
                     [&](const MemberFigures& f) { return f.memberId == memberId; });
    if (assessed == figures->end())
        return Error::invalid(
            QStringLiteral("member"),
            QCoreApplication::translate("sl::AssessmentService",
                                        "the member is not assessed in group %1 in %2")
                .arg(group->extId)
                .arg(year));

    AssessmentAdjustment a;
    a.year = year;
    a.groupId = groupId;
    a.memberId = memberId;
    a.delta = delta;
    a.reason = why;
    a.madeBy = m_ledger.actor().accountId;
    a.madeAt = QDateTime::currentDateTimeUtc();
    auto id = AdjustmentRepository(m_ledger.db()).save(a);
    if (!id)
        return id.error();
    tx.changes().assessment(groupId, year);
    const QString detail =
        QStringLiteral("%1 %2 %3 %4: %5")
            .arg(year)
            .arg(group->extId, assessed->extId)
            .arg(delta >= 0 ? QStringLiteral("+") + QString::number(delta) : QString::number(delta))
            .arg(why);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("adjust"),
                               QStringLiteral("assessment"), *id, detail);
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
