#include "gui/dashboard/DrillSessionModel.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/common/UiLanguage.h"
#include "gui/dashboard/DashboardFormat.h"

#include <QBrush>

namespace sl {

QVariant DrillSessionModel::cell(int index, int c, int role) const
{
    const DashboardSession* s = storedAt(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Date:
            return dates::toIso(s->date);
        case Number:
            return s->extId;
        case Group:
            return s->groupName;
        case Topic:
            return s->topic;
        case Form:
            return ui::label(s->form);
        case Minutes:
            return s->minutes;
        case FromPlan:
            return s->fromPlan ? tr("yes") : QString();
        case Expected:
            return s->expected;
        case Attended:
            return s->attended;
        case Participation:
            return s->expected > 0 ? dashboardformat::percent(s->participationRate())
                                   : QStringLiteral("—");
        }
    } else if (role == dashboardformat::SortRole) {
        if (c == Participation)
            return s->participationRate();
        if (c == Date)
            return dates::toIso(s->date) + s->extId;
        return cell(index, c, Qt::DisplayRole);
    } else if (role == Qt::ForegroundRole && c == Participation && s->expected > 0 &&
               s->participationRate() < dashboard::kLaggingParticipation) {
        return QBrush(attendancecolours::text(AttendanceStatus::Absent));
    } else if (role == Qt::TextAlignmentRole && c >= Minutes && c != FromPlan) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && c == Topic) {
        return s->topic;
    }
    return {};
}

QVariant DrillSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedRowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Number:
        return tr("Number");
    case Group:
        return tr("Study group");
    case Topic:
        return tr("Topic");
    case Form:
        return tr("Form");
    case Minutes:
        return tr("Minutes");
    case FromPlan:
        return tr("In the plan");
    case Expected:
        return tr("Expected");
    case Attended:
        return tr("Attended");
    case Participation:
        return tr("Participation");
    }
    return {};
}

} // namespace sl
