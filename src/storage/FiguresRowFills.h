#pragma once

#include "NativeRows.h"
#include "TextBlocks.h"

#include "domain/MemberFigures.h"

// How a row of FiguresRepository's statements fills a member's figures: column 0 is the
// member's id, the columns named below follow. Internal to src/storage.
namespace sl::figuresrows {

using Fill = void (*)(MemberFigures&, const NativeRow&);

// id, number, name, cadre level, organisation; the texts decoded into `texts`.
void fillMember(MemberFigures& f, const NativeRow& q, TextBlocks& texts);
// Columns 1..9 of a Records(S, P) row: count, by status, made up, owed, attended minutes.
void fillRecords(MemberFigures& f, const NativeRow& q);
void fillSpeeches(MemberFigures& f, const NativeRow& q);
void fillSelfStudy(MemberFigures& f, const NativeRow& q);
// Columns 1..4 of a writings row: reflections, articles, reports, awarded.
void fillWritings(MemberFigures& f, const NativeRow& q);
// The attendance roll-up row: Records columns, then speeches.
void fillAttendanceRollup(MemberFigures& f, const NativeRow& q);
// The study roll-up row: self-study minutes and notes, then the writings.
void fillStudyRollup(MemberFigures& f, const NativeRow& q);
// Adds a roll-up row of (member, group, …) from column `first` on: the Records columns, then
// the speeches. Figures: MemberFigures, or RollupTotals.
template <class Figures> void addAttendanceRollup(Figures& f, const NativeRow& q, int first)
{
    f.expected += int(q.integer(first));
    f.present += int(q.integer(first + 1));
    f.late += int(q.integer(first + 2));
    f.earlyLeave += int(q.integer(first + 3));
    f.excused += int(q.integer(first + 4));
    f.absent += int(q.integer(first + 5));
    f.makeupDone += int(q.integer(first + 6));
    f.absentNotMadeUp += int(q.integer(first + 7));
    f.collectiveMinutes += q.integer(first + 8);
    f.speeches += int(q.integer(first + 9));
}

// Adds a study roll-up row: self-study minutes and notes, then the writings.
template <class Figures> void addStudyRollup(Figures& f, const NativeRow& q)
{
    f.selfStudyMinutes += q.integer(1);
    f.notesChars += q.integer(2);
    f.reflections += int(q.integer(3));
    f.articles += int(q.integer(4));
    f.reports += int(q.integer(5));
    f.awards += int(q.integer(6));
}

} // namespace sl::figuresrows
