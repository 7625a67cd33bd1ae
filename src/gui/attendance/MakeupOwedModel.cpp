#include "gui/attendance/MakeupOwedModel.h"

#include "gui/common/UiLanguage.h"

#include <QBrush>

namespace sl {

namespace {

// The status colours of UX.md: 请假 blue, 缺席 red.
const QColor excusedColour(0x1f, 0x5f, 0xae);
const QColor absentColour(0xb0, 0x24, 0x18);

} // namespace

QVariant MakeupOwedModel::data(const QModelIndex& index, int role) const
{
    const AttendanceEntry* r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return dates::toIso(r->date);
        case Group:
            return r->groupName;
        case Form:
            return ui::label(r->form);
        case Topic:
            return r->topic;
        case Status:
            return ui::label(r->status);
        case Reason:
            return r->reason;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        return QBrush(r->status == AttendanceStatus::Absent ? absentColour : excusedColour);
    } else if (role == Qt::ToolTipRole && index.column() == Topic) {
        return r->topic;
    }
    return {};
}

QVariant MakeupOwedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Group:
        return tr("Study group");
    case Form:
        return tr("Form");
    case Topic:
        return tr("Topic");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace sl
