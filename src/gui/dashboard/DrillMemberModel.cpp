#include "gui/dashboard/DrillMemberModel.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"
#include "gui/dashboard/DashboardFormat.h"

#include <QBrush>

namespace sl {

namespace {

double share(const DashboardMember& m)
{
    return m.hoursTarget > 0 ? m.hours / m.hoursTarget : 1.0;
}

} // namespace

QVariant DrillMemberModel::cell(int index, int c, int role) const
{
    const DashboardMember* m = storedAt(index);
    if (!m)
        return {};
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Number:
            return m->extId;
        case Name:
            return m->name;
        case Organisation:
            return m->orgName;
        case Hours:
            return dashboardformat::hours(m->hours);
        case Target:
            return dashboardformat::hours(m->hoursTarget);
        case ShareOfTarget:
            return dashboardformat::percent(share(*m));
        case YearGrade:
            return m->grade ? ui::label(*m->grade) : tr("not assessed");
        }
    } else if (role == dashboardformat::SortRole) {
        switch (c) {
        case Hours:
            return m->hours;
        case Target:
            return m->hoursTarget;
        case ShareOfTarget:
            return share(*m);
        case YearGrade:
            return m->grade ? int(*m->grade) : 99;
        default:
            return cell(index, c, Qt::DisplayRole);
        }
    } else if (role == Qt::ForegroundRole) {
        if (c == YearGrade && m->grade)
            return QBrush(gradecolours::colour(*m->grade));
        if (c == ShareOfTarget)
            return QBrush(attendancecolours::text(m->meetsTarget() ? AttendanceStatus::Present
                                                                   : AttendanceStatus::Absent));
    } else if (role == Qt::TextAlignmentRole && c >= Hours && c <= ShareOfTarget) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DrillMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedRowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case Hours:
        return tr("Hours");
    case Target:
        return tr("Hours target");
    case ShareOfTarget:
        return tr("Of the target");
    case YearGrade:
        return tr("Grade");
    }
    return {};
}

} // namespace sl
