#include "ProgressService.h"

#include "Access.h"
#include "Ledger.h"

#include "storage/ArchiveRepository.h"
#include "storage/FiguresRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>

namespace sl {

Result<MemberProgress> ProgressService::memberYear(qint64 memberId, int year, Date asOf)
{
    auto period = Period::make(year, std::nullopt, std::nullopt, std::nullopt);
    if (!period)
        return period.error();
    auto member = Access(m_ledger).readableMember(
        Action::ArchiveRead, memberId,
        QCoreApplication::translate("sl::ProgressService", "no member with id %1").arg(memberId));
    if (!member)
        return member.error();

    MemberProgress out;
    out.member = std::move(member).value();
    out.year = year;
    out.asOf = asOf;
    out.period = *period;
    auto figures = FiguresRepository(m_ledger.db()).forMember(memberId, *period);
    if (!figures)
        return figures.error();
    out.figures = figures->value_or(MemberFigures{});
    auto rubric = RubricRepository(m_ledger.db()).forYear(year);
    if (!rubric)
        return rubric.error();
    out.rubric = *rubric;

    const CadreLevel level = out.member.cadreLevel;
    const MemberFigures& f = out.figures;
    out.hours = Progress::item(f.hours(), out.rubric.hoursTargetFor(level), *period, asOf);
    out.notes =
        Progress::item(double(f.notesChars), out.rubric.notesTargetFor(level), *period, asOf);
    out.speeches = Progress::item(f.speeches, out.rubric.speechesTarget, *period, asOf);
    out.writings = Progress::item(f.writingUnits(), out.rubric.writingsTarget, *period, asOf);

    auto owed = ArchiveRepository(m_ledger.db())
                    .attendance(memberId, *period, ArchiveRepository::Records::Owed);
    if (!owed)
        return owed.error();
    out.makeupOwed = std::move(owed).value();
    return out;
}

} // namespace sl
