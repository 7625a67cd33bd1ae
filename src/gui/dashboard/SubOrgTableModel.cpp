#include "gui/dashboard/SubOrgTableModel.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"
#include "gui/dashboard/DashboardFormat.h"

#include <QBrush>

namespace sl {

namespace {

bool lowParticipation(const SubOrgFigures& r)
{
    return r.expected > 0 ? r.participationRate() < dashboard::kLaggingParticipation
                          : r.planItems > 0;
}

bool lowHours(const SubOrgFigures& r)
{
    return r.members > 0 && r.shareMeetingTarget() < dashboard::kLaggingHoursShare;
}

} // namespace

QVariant SubOrgTableModel::cell(int index, int c, int role) const
{
    const SubOrgFigures* r = storedAt(index);
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Name:
            return r->ownLevel ? tr("%1 (own level)").arg(r->name) : r->name;
        case Sessions:
            return tr("%1 / %2").arg(r->sessionsHeld).arg(r->planItems);
        case Participation:
            return r->expected > 0 ? dashboardformat::percent(r->participationRate())
                                   : QStringLiteral("—");
        case Members:
            return r->members;
        case HoursPerMember:
            return dashboardformat::hours(r->hoursPerMember());
        case MeetingTarget:
            return r->members > 0 ? dashboardformat::percent(r->shareMeetingTarget())
                                  : QStringLiteral("—");
        case Excellent:
        case Pass:
        case BasicPass:
        case Fail:
            return r->grades[size_t(c - Excellent)];
        }
    } else if (role == dashboardformat::SortRole) {
        switch (c) {
        case Name:
            return r->ownLevel ? QString() : r->extId; // the own level first
        case Sessions:
            return r->sessionsHeld;
        case Participation:
            return r->participationRate();
        case Members:
            return r->members;
        case HoursPerMember:
            return r->hoursPerMember();
        case MeetingTarget:
            return r->shareMeetingTarget();
        default:
            return r->grades[size_t(c - Excellent)];
        }
    } else if (role == Qt::BackgroundRole && r->isLagging()) {
        return QBrush(attendancecolours::tint(AttendanceStatus::Late));
    } else if (role == Qt::ForegroundRole) {
        if ((c == Participation && lowParticipation(*r)) || (c == MeetingTarget && lowHours(*r)))
            return QBrush(attendancecolours::text(AttendanceStatus::Absent));
        if (c >= Excellent && c <= Fail)
            return QBrush(gradecolours::colour(Grade(c - Excellent)));
    } else if (role == Qt::TextAlignmentRole && c != Name) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && c == Name) {
        return r->name;
    } else if (role == Qt::ToolTipRole && r->isLagging()) {
        return tr("Lagging: participation below 80 % or fewer than 60 % of the members "
                  "meeting their hours target");
    }
    return {};
}

QVariant SubOrgTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedRowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Organisation");
    case Sessions:
        return tr("Held / planned");
    case Participation:
        return tr("Participation");
    case Members:
        return tr("Members");
    case HoursPerMember:
        return tr("Hours/member");
    case MeetingTarget:
        return tr("Meeting target");
    case Excellent:
    case Pass:
    case BasicPass:
    case Fail:
        return ui::label(Grade(section - Excellent));
    }
    return {};
}

} // namespace sl
