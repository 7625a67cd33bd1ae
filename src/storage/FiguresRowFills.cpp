#include "FiguresRowFills.h"

#include "domain/EnumTraits.h"

namespace sl::figuresrows {

void fillMember(MemberFigures& f, const NativeRow& q, TextBlocks& texts)
{
    f.memberId = q.integer(0);
    f.extId = q.text(1, texts);
    f.name = q.text(2, texts);
    f.cadreLevel = enumFromCode<CadreLevel>(q.bytes(3)).value_or(CadreLevel::NotCadre);
    f.orgId = q.integer(4);
}

void fillRecords(MemberFigures& f, const NativeRow& q)
{
    f.expected = int(q.integer(1));
    f.present = int(q.integer(2));
    f.late = int(q.integer(3));
    f.earlyLeave = int(q.integer(4));
    f.excused = int(q.integer(5));
    f.absent = int(q.integer(6));
    f.makeupDone = int(q.integer(7));
    f.absentNotMadeUp = int(q.integer(8));
    f.collectiveMinutes = q.integer(9);
}

void fillSpeeches(MemberFigures& f, const NativeRow& q)
{
    f.speeches = int(q.integer(1));
}

void fillSelfStudy(MemberFigures& f, const NativeRow& q)
{
    f.selfStudyMinutes = q.integer(1);
    f.notesChars = q.integer(2);
}

namespace {

// Columns 1..4 (from `first`) of a writings row: reflections, articles, reports, awarded.
void fillWritingsFrom(MemberFigures& f, const NativeRow& q, int first)
{
    f.reflections = int(q.integer(first));
    f.articles = int(q.integer(first + 1));
    f.reports = int(q.integer(first + 2));
    f.awards = int(q.integer(first + 3));
}

} // namespace

void fillWritings(MemberFigures& f, const NativeRow& q)
{
    fillWritingsFrom(f, q, 1);
}

void fillAttendanceRollup(MemberFigures& f, const NativeRow& q)
{
    fillRecords(f, q);
    f.speeches = int(q.integer(10));
}

void fillStudyRollup(MemberFigures& f, const NativeRow& q)
{
    fillSelfStudy(f, q);
    fillWritingsFrom(f, q, 3);
}

} // namespace sl::figuresrows
