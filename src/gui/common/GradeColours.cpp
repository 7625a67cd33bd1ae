#include "gui/common/GradeColours.h"

#include "gui/attendance/AttendanceColours.h"

namespace sl::gradecolours {

namespace {

AttendanceStatus toneOf(Grade grade)
{
    switch (grade) {
    case Grade::Excellent:
        return AttendanceStatus::Present;
    case Grade::Pass:
        return AttendanceStatus::Excused;
    case Grade::BasicPass:
        return AttendanceStatus::Late;
    case Grade::Fail:
        return AttendanceStatus::Absent;
    }
    return AttendanceStatus::Observer;
}

} // namespace

QColor colour(Grade grade)
{
    return attendancecolours::text(toneOf(grade));
}

QColor tint(Grade grade)
{
    return attendancecolours::tint(toneOf(grade));
}

} // namespace sl::gradecolours
