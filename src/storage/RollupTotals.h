#pragma once

#include "domain/MemberFigures.h"

#include <QtGlobal>

namespace sl {

// A member's roll-up figures of a period, added up over its roll-up rows: the counted fields of
// MemberFigures under the same names (figuresrows::addAttendanceRollup and addStudyRollup add
// into either). Internal to src/storage.
struct RollupTotals
{
    int expected = 0;
    int present = 0;
    int late = 0;
    int earlyLeave = 0;
    int excused = 0;
    int absent = 0;
    int makeupDone = 0;
    int absentNotMadeUp = 0;
    int speeches = 0;
    int reflections = 0;
    int articles = 0;
    int reports = 0;
    int awards = 0;
    qint64 collectiveMinutes = 0;
    qint64 selfStudyMinutes = 0;
    qint64 notesChars = 0;

    void addTo(MemberFigures& f) const
    {
        f.expected += expected;
        f.present += present;
        f.late += late;
        f.earlyLeave += earlyLeave;
        f.excused += excused;
        f.absent += absent;
        f.makeupDone += makeupDone;
        f.absentNotMadeUp += absentNotMadeUp;
        f.speeches += speeches;
        f.reflections += reflections;
        f.articles += articles;
        f.reports += reports;
        f.awards += awards;
        f.collectiveMinutes += collectiveMinutes;
        f.selfStudyMinutes += selfStudyMinutes;
        f.notesChars += notesChars;
    }
};

} // namespace sl
