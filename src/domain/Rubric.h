#pragma once

#include "Enums.h"
#include "Error.h"

#include <vector>

namespace sl {

// Writing units of METRICS.md: 心得体会 1, 理论文章 1, 调研报告 2.
int writingUnits(WritingKind kind);

// The assessment rubric and the targets of one calendar year (METRICS.md "Targets" and
// "Default assessment rubric"): every column of the `rubrics` table, with the defaults of the
// specification. A year without a stored rubric uses defaults(year).
struct Rubric
{
    int year = 0;

    // Component maxima (weights).
    double attendanceMax = 40;
    double hoursMax = 25;
    double notesMax = 15;
    double speechesMax = 10;
    double writingsMax = 10;

    // Attendance points per record; a 请假 or 缺席 record with its make-up done earns
    // pointsMakeup on top. pointsPresent is the most one record earns (the "2" of METRICS.md).
    double pointsPresent = 2;
    double pointsLate = 1;
    double pointsEarlyLeave = 1;
    double pointsExcused = 1;
    double pointsAbsent = 0;
    double pointsMakeup = 1;

    // Targets per member per year; the cadre ones for members whose cadre level is not 无.
    double hoursTarget = 32;
    double hoursTargetCadre = 56;
    int notesTarget = 6000;
    int notesTargetCadre = 10000;
    int speechesTarget = 2;
    int writingsTarget = 2; // writing units

    double bonusPerAward = 2;
    double bonusMax = 4;

    // Lower bounds of the grades, on the rounded final score.
    double gradeExcellent = 90;
    double gradePass = 70;
    double gradeBasicPass = 60;

    // The veto: a member with a 缺席 record whose make-up is not done cannot be 优秀 (合格).
    bool veto = true;

    // Results of the year are published: the rubric no longer changes.
    bool published = false;

    static Rubric defaults(int year);

    double hoursTargetFor(CadreLevel level) const;
    int notesTargetFor(CadreLevel level) const;
    double maxTotal() const
    {
        return attendanceMax + hoursMax + notesMax + speechesMax + writingsMax;
    }
    // The grade of a rounded final score (before the veto).
    Grade gradeFor(double final) const;

    // Every broken rule, each naming its field (the column name of the rubrics table): year
    // 1900–9999, weights and points ≥ 0 and pointsPresent > 0, targets
    // and bonus per award > 0 or ≥ 0, the five maxima adding up to 100 ("weights"), grade bounds
    // descending within 0–100.
    std::vector<Error> problems() const;

    bool operator==(const Rubric&) const = default;
};

} // namespace sl
