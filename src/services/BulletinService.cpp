// BulletinService: the figures and the draft data of a bulletin (settings and issued bulletins
// are in BulletinIssues.cpp).
#include "BulletinService.h"

#include "Access.h"
#include "AsideRead.h"
#include "AssessmentService.h"
#include "Ledger.h"
#include "SubOrgTable.h"

#include "domain/LargeVector.h"
#include "storage/BulletinRepository.h"
#include "storage/DashboardRepository.h"
#include "storage/FiguresRepository.h"
#include "storage/OrgRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace sl {

namespace {

// The service's messages, in its translation context (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::BulletinService)
};

// A bulletin covers a year, a half-year, a quarter or a month: always within one calendar year
// (the year's rubric sets the targets, the sub-organisation table needs it).
Status checkCancel(const CancelFlag* cancel)
{
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    return {};
}

// A member's hours against the prorated target: the rule of the dashboard (meetsTarget).
DashboardMember hoursOf(const MemberFigures& f, const Rubric& rubric, const Period& period,
                        const QHash<qint64, qint64>& branches)
{
    DashboardMember m; // the hours and the branch: no names (100,000 copies on a district)
    m.memberId = f.memberId;
    m.branchId = branches.value(f.orgId, 0);
    m.hours = f.hours();
    m.hoursTarget = prorate(rubric.hoursTargetFor(f.cadreLevel), period);
    return m;
}

// The figures over Members(S, P): self-study, notes, writings, members and those meeting their
// hours target.
void addMembers(BulletinFigures& out, const std::vector<const MemberFigures*>& members,
                const std::vector<DashboardMember>& hours)
{
    out.members.total = int(members.size());
    for (const MemberFigures* f : members) {
        out.selfStudyMinutes += f->selfStudyMinutes;
        out.notesChars += f->notesChars;
        out.writings.reflections += f->reflections;
        out.writings.articles += f->articles;
        out.writings.reports += f->reports;
        out.writings.awards += f->awards;
    }
    for (const DashboardMember& m : hours)
        out.members.meetingHoursTarget += m.meetsTarget() ? 1 : 0;
}

// Members(S, P) with their figures and, for a calendar year, the assessment of the year.
struct MemberPart
{
    Rubric rubric;
    std::vector<MemberFigures> figures;        // by number; empty when assessed
    std::optional<ScopeAssessment> assessment; // calendar year: by rank, then number

    std::vector<const MemberFigures*> all() const
    {
        std::vector<const MemberFigures*> out;
        if (assessment) {
            for (const AssessmentRow& row : assessment->rows)
                out.push_back(&row.figures);
        } else {
            for (const MemberFigures& f : figures)
                out.push_back(&f);
        }
        return out;
    }
};

Result<MemberPart> readMembers(Ledger& ledger, const ScopeRef& scope, const Period& period,
                               const CancelFlag* cancel)
{
    MemberPart part;
    if (period.isCalendarYear()) {
        auto assessed = AssessmentService(ledger).assess(scope, period.from.year(), cancel);
        if (!assessed)
            return assessed.error();
        part.rubric = assessed->rubric;
        part.assessment = std::move(assessed).value();
        return part;
    }
    auto rubric = RubricRepository(ledger.db()).forYear(period.from.year());
    if (!rubric)
        return rubric.error();
    part.rubric = std::move(rubric).value();
    FiguresRepository repository(ledger.db());
    repository.setCancelFlag(cancel);
    auto figures = scope.isGroup() ? repository.forGroup(scope.id, period)
                                   : repository.forOrganisation(scope.id, period);
    if (!figures)
        return figures.error();
    part.figures = std::move(figures).value();
    return part;
}

// The attachment's rows: by rank (then number) for a calendar year, by number otherwise.
Result<std::vector<BulletinMemberRow>> memberRows(Ledger& ledger, const MemberPart& part,
                                                  const std::vector<DashboardMember>& hours)
{
    std::vector<BulletinMemberRow> out;
    QHash<qint64, QString> names;
    if (!part.assessment) {
        auto orgs = OrgRepository(ledger.db()).all();
        if (!orgs)
            return orgs.error();
        for (const Organisation& o : *orgs)
            names.insert(o.id, o.name);
    }
    const std::vector<const MemberFigures*> members = part.all();
    reserveLarge(out, members.size());
    for (size_t i = 0; i < members.size(); ++i) {
        BulletinMemberRow row;
        row.figures = *members[i];
        row.hoursTarget = hours[i].hoursTarget;
        if (part.assessment) {
            const AssessmentRow& assessed = part.assessment->rows[i];
            row.orgName = assessed.orgName;
            row.finalScore = assessed.result.final;
            row.grade = assessed.result.grade;
            row.rank = assessed.result.rank;
        } else {
            row.orgName = names.value(row.figures.orgId);
        }
        out.push_back(std::move(row));
    }
    return out;
}

// What a bulletin reads beside its members' figures and assessment (by SQL alone, on a
// connection of its own): the scope's figures and, for the document, the plan items not done
// and the sub-organisations' sessions, plan items and records — on a district, about as long as
// the assessment and the rest of the document's reading together.
struct Totals
{
    BulletinFigures figures;
    std::vector<BulletinPlanItem> planItemsNotDone;
    std::vector<SubOrgFigures> subOrgs;
};

Result<Totals> readTotals(Ledger& ledger, const ScopeRef& scope, const Period& period,
                          bool document, const CancelFlag* cancel)
{
    Totals out;
    BulletinRepository repository(ledger.db());
    repository.setCancelFlag(cancel);
    auto figures = repository.scopeFigures(scope, period);
    if (!figures)
        return figures.error();
    out.figures = std::move(figures).value();
    if (!document)
        return out;
    if (Status go = checkCancel(cancel); !go)
        return go.error();
    auto notDone = repository.planItemsNotDone(scope, period);
    if (!notDone)
        return notDone.error();
    out.planItemsNotDone = std::move(notDone).value();
    if (scope.isGroup())
        return out;
    if (Status go = checkCancel(cancel); !go)
        return go.error();
    auto subOrgs = DashboardRepository(ledger.db()).subOrganisations(scope.id, period);
    if (!subOrgs)
        return subOrgs.error();
    out.subOrgs = std::move(subOrgs).value();
    return out;
}

Result<QString> issuingOrgName(Ledger& ledger, const ScopeInfo& info)
{
    if (!info.ref.isGroup())
        return info.name;
    auto org = OrgRepository(ledger.db()).byId(info.orgId);
    if (!org)
        return org.error();
    if (!*org)
        return Error::notFound(QStringLiteral("org"),
                               Text::tr("the group's organisation is missing"));
    return (*org)->name;
}

} // namespace

Result<BulletinFigures> BulletinService::figures(const ScopeRef& scope, const Period& period,
                                                 const CancelFlag* cancel)
{
    if (Status ok = period.checkWithinOneYear(); !ok)
        return ok.error();
    if (auto readable = Access(m_ledger).scopeFor(Action::BulletinRead, scope); !readable)
        return readable.error();
    BulletinRepository repository(m_ledger.db());
    repository.setCancelFlag(cancel);
    auto figures = repository.scopeFigures(scope, period);
    if (!figures)
        return figures.error();
    auto rubric = RubricRepository(m_ledger.db()).forYear(period.from.year());
    if (!rubric)
        return rubric.error();
    FiguresRepository members(m_ledger.db());
    members.setCancelFlag(cancel);
    auto rows = scope.isGroup() ? members.forGroup(scope.id, period)
                                : members.forOrganisation(scope.id, period);
    if (!rows)
        return rows.error();
    std::vector<const MemberFigures*> all;
    std::vector<DashboardMember> hours;
    for (const MemberFigures& f : *rows) {
        all.push_back(&f);
        hours.push_back(hoursOf(f, *rubric, period, {}));
    }
    BulletinFigures out = std::move(figures).value();
    addMembers(out, all, hours);
    return out;
}

Result<BulletinData> BulletinService::compose(const ScopeRef& scope, const Period& period,
                                              Detail detail, const CancelFlag* cancel,
                                              const std::function<void(double)>& progress)
{
    const bool document = detail == Detail::Document;
    auto report = [&](double share) {
        if (progress)
            progress(share);
    };
    if (Status ok = period.checkWithinOneYear(); !ok)
        return ok.error();
    auto info = Access(m_ledger).scopeFor(Action::BulletinRead, scope);
    if (!info)
        return info.error();
    BulletinData out;
    out.scope = *info;
    out.period = period;
    auto issuer = issuingOrgName(m_ledger, *info);
    if (!issuer)
        return issuer.error();
    out.issuingOrgName = *issuer;
    report(0.0);

    // The totals are read beside the members' figures and assessment, on a connection of
    // their own (a district's take about as long).
    AsideRead<Totals> totals(m_ledger, [scope, period, document, cancel](Ledger& reader) {
        return readTotals(reader, scope, period, document, cancel);
    });

    auto members = readMembers(m_ledger, scope, period, cancel);
    if (!members)
        return members.error();
    if (Status go = checkCancel(cancel); !go)
        return go.error();
    report(0.5);
    QHash<qint64, qint64> branches;
    if (document && !scope.isGroup()) {
        auto read = SubOrgTable(m_ledger).branches(scope.id);
        if (!read)
            return read.error();
        branches = std::move(read).value();
    }
    const std::vector<const MemberFigures*> all = members->all();
    std::vector<DashboardMember> hours;
    reserveLarge(hours, all.size());
    for (const MemberFigures* f : all)
        hours.push_back(hoursOf(*f, members->rubric, period, branches));
    if (document) {
        // The rest of the document's reading, while the totals are read beside.
        auto rows = memberRows(m_ledger, *members, hours);
        if (!rows)
            return rows.error();
        out.members = std::move(rows).value();
        if (Status go = checkCancel(cancel); !go)
            return go.error();
        report(0.7);
        BulletinRepository repository(m_ledger.db());
        repository.setCancelFlag(cancel);
        auto threeMusts = repository.threeMustSessions(scope, period);
        if (!threeMusts)
            return threeMusts.error();
        out.threeMustSessions = std::move(threeMusts).value();
        auto best = repository.bestAttended(scope, period, 3);
        if (!best)
            return best.error();
        out.bestAttended = std::move(best).value();
        report(0.8);
    }

    auto read = totals.get();
    if (!read)
        return read.error();
    out.figures = std::move(read->figures);
    addMembers(out.figures, all, hours);
    if (members->assessment) {
        GradeCounts grades{};
        for (const AssessmentRow& row : members->assessment->rows)
            ++grades[size_t(row.result.grade)];
        out.grades = grades;
    }
    if (!document) {
        report(1.0);
        return out;
    }
    out.planItemsNotDone = std::move(read->planItemsNotDone);
    if (!scope.isGroup()) {
        static const std::vector<AssessmentRow> none;
        out.subOrgs =
            SubOrgTable::complete(std::move(read->subOrgs), hours,
                                  members->assessment ? members->assessment->rows : none, branches);
    }
    out.settings.orgId = info->orgId;
    out.settings.organName = out.issuingOrgName;
    report(1.0);
    return out;
}

} // namespace sl
