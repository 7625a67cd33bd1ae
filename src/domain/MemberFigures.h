#pragma once

#include "Enums.h"
#include "Rubric.h"

#include <QString>

namespace sl {

// The per-member figures of METRICS.md for one scope S and period P. Counts of attendance come
// from Records(S, P) (held sessions of the scope, 列席 excluded); self-study and writings are
// member-wide (dated in P, whatever the scope).
struct MemberFigures
{
    qint64 memberId = 0;
    QString extId;
    QString name;
    qint64 orgId = 0; // the member's organisation
    CadreLevel cadreLevel = CadreLevel::NotCadre;

    int expected = 0; // Records(S, P) of the member
    int present = 0;
    int late = 0;
    int earlyLeave = 0;
    int excused = 0;
    int absent = 0;
    int makeupDone = 0;      // 请假 or 缺席 records with a make-up date
    int absentNotMadeUp = 0; // 缺席 records without a make-up date (the veto of the rubric)

    qint64 collectiveMinutes = 0; // durations of the sessions attended (出席, 迟到, 早退)
    qint64 selfStudyMinutes = 0;
    qint64 notesChars = 0;
    int speeches = 0;
    int reflections = 0; // 心得体会
    int articles = 0;    // 理论文章
    int reports = 0;     // 调研报告
    int awards = 0;      // writings with an appraisal result

    int attended() const { return present + late + earlyLeave; }
    int makeupOwed() const { return excused + absent; }
    // Make-up study still to do.
    int makeupOutstanding() const { return makeupOwed() - makeupDone; }
    qint64 totalMinutes() const { return collectiveMinutes + selfStudyMinutes; }
    double hours() const { return totalMinutes() / 60.0; }
    int writingUnits() const
    {
        return reflections * sl::writingUnits(WritingKind::Reflection) +
               articles * sl::writingUnits(WritingKind::Article) +
               reports * sl::writingUnits(WritingKind::Report);
    }

    bool operator==(const MemberFigures&) const = default;
};

} // namespace sl
