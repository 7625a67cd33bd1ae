#include "gui/attendance/MakeupLedgerModel.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/common/UiLanguage.h"

#include <QBrush>

namespace sl {

QVariant MakeupLedgerModel::data(const QModelIndex& index, int role) const
{
    const MakeupRow* r = row(index.row());
    if (!r)
        return {};
    const Attendance& a = r->record;
    const bool done = dates::isSet(a.makeupDate);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SessionDate:
            return dates::toIso(r->sessionDate);
        case Group:
            return r->groupName;
        case Topic:
            return r->topic;
        case Member:
            return r->memberName;
        case Status:
            return done ? ui::label(a.status) + QStringLiteral(" ✓") : ui::label(a.status);
        case Reason:
            return a.reason;
        case MakeupDate:
            return done ? dates::toIso(a.makeupDate) : tr("owed");
        case Note:
            return a.makeupNote;
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status)
            return QBrush(attendancecolours::text(a.status));
        if (index.column() == MakeupDate && !done)
            return QBrush(QColor(0xb0, 0x24, 0x18));
    }
    if (role == Qt::BackgroundRole && index.column() == Status)
        return QBrush(attendancecolours::tint(a.status));
    if (role == Qt::ToolTipRole && index.column() == Topic)
        return r->topic;
    return {};
}

QVariant MakeupLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionDate:
        return tr("Session date");
    case Group:
        return tr("Study group");
    case Topic:
        return tr("Topic");
    case Member:
        return tr("Member");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case MakeupDate:
        return tr("Make-up date");
    case Note:
        return tr("Make-up note");
    }
    return {};
}

} // namespace sl
