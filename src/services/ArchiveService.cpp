#include "ArchiveService.h"

#include "Access.h"
#include "AssessmentService.h"
#include "Ledger.h"

#include "storage/ArchiveRepository.h"
#include "storage/FiguresRepository.h"
#include "storage/OrgRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>

namespace sl {

namespace {

// Moves the value of a result into `target`; false (with `error` set) on failure.
template <typename T> bool take(Result<T>&& result, T& target, Error& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    target = std::move(result).value();
    return true;
}

} // namespace

Result<MemberArchive> ArchiveService::archive(qint64 memberId, int year)
{
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    auto member = Access(m_ledger).readableMember(
        Action::ArchiveRead, memberId,
        QCoreApplication::translate("sl::ArchiveService", "no member with id %1").arg(memberId));
    if (!member)
        return member.error();

    MemberArchive out;
    out.year = year;
    out.member = std::move(member).value();
    auto org = OrgRepository(m_ledger.db()).byId(out.member.orgId);
    if (!org)
        return org.error();
    out.orgName = *org ? (*org)->name : QString();

    ArchiveRepository repo(m_ledger.db());
    Error error;
    if (!take(repo.memberships(memberId, *period), out.memberships, error) ||
        !take(repo.attendance(memberId, *period), out.sessions, error) ||
        !take(repo.speeches(memberId, *period), out.speeches, error) ||
        !take(repo.selfStudy(memberId, *period), out.selfStudy, error) ||
        !take(repo.writings(memberId, *period), out.writings, error) ||
        !take(RubricRepository(m_ledger.db()).forYear(year), out.rubric, error))
        return error;
    auto totals = FiguresRepository(m_ledger.db()).forMember(memberId, *period);
    if (!totals)
        return totals.error();
    out.totals = totals->value_or(MemberFigures{});

    AssessmentService assessments(m_ledger);
    for (const MembershipEntry& seat : out.memberships) {
        if (seat.role == GroupRole::Observer)
            continue;
        auto group = assessments.assessGroup(seat.groupId, year);
        if (!group) {
            // A member may read their archive without the right to see the whole group: the
            // assessment part is then left out rather than refusing the archive.
            if (group.error().code == ErrorCode::Permission)
                continue;
            return group.error();
        }
        const AssessmentRow* row = group->row(memberId);
        if (!row)
            continue; // the seat does not overlap the year
        ArchiveAssessment a;
        a.groupId = seat.groupId;
        a.groupName = seat.groupName;
        a.role = seat.role;
        a.assessedMembers = int(group->rows.size());
        a.figures = row->figures;
        a.result = row->result;
        out.assessments.push_back(std::move(a));
    }
    return out;
}

} // namespace sl
