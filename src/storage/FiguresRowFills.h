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
// the speeches.
void addAttendanceRollup(MemberFigures& f, const NativeRow& q, int first);
// Adds a study roll-up row: self-study minutes and notes, then the writings.
void addStudyRollup(MemberFigures& f, const NativeRow& q);

} // namespace sl::figuresrows
