#include "gui/attendance/AttendanceModel.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/attendance/AttendanceCommands.h"
#include "gui/common/UiLanguage.h"

#include <QBrush>
#include <QCollator>
#include <QFont>

#include <QUndoStack>
#include <algorithm>

namespace sl {

AttendanceModel::AttendanceModel(QUndoStack* undo, QObject* parent)
    : QAbstractTableModel(parent), m_undo(undo)
{
}

void AttendanceModel::setSheet(const AttendanceSheet& sheet)
{
    beginResetModel();
    m_session = sheet.session;
    m_lines.clear();
    for (const SheetLine& l : sheet.lines)
        m_lines.push_back({l, l.recorded});
    sortLines();
    endResetModel();
    emit totalsChanged();
}

int AttendanceModel::roleRank(const std::optional<GroupRole>& role)
{
    if (!role)
        return 5; // not a member of the group on that day: last
    switch (*role) {
    case GroupRole::Leader:
        return 0;
    case GroupRole::Deputy:
        return 1;
    case GroupRole::Secretary:
        return 2;
    case GroupRole::Member:
        return 3;
    case GroupRole::Observer:
        return 4;
    }
    return 5;
}

void AttendanceModel::sortLines()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [&collator](const AttendanceLine& a, const AttendanceLine& b) {
                         const int ra = roleRank(a.sheet.role);
                         const int rb = roleRank(b.sheet.role);
                         if (ra != rb)
                             return ra < rb;
                         return collator.compare(a.sheet.memberName, b.sheet.memberName) < 0;
                     });
}

void AttendanceModel::clear()
{
    beginResetModel();
    m_session = {};
    m_lines.clear();
    endResetModel();
    emit totalsChanged();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AttendanceLine& l = m_lines[size_t(index.row())];
    const Attendance& r = l.sheet.record;
    const bool owes = l.set && r.owesMakeup();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return l.sheet.memberName;
        case Role:
            return l.sheet.role ? ui::label(*l.sheet.role) : tr("(not in the group)");
        case Status:
            if (!l.set)
                return role == Qt::DisplayRole ? tr("—") : QVariant();
            if (owes && dates::isSet(r.makeupDate))
                return ui::label(r.status) + QStringLiteral(" ✓");
            return ui::label(r.status);
        case Reason:
            return r.reason;
        case MakeupDate:
            return dates::toIso(r.makeupDate);
        case Note:
            return r.makeupNote;
        }
        return {};
    }
    if (index.column() == Status && l.set) {
        if (role == Qt::ForegroundRole)
            return QBrush(attendancecolours::text(r.status));
        if (role == Qt::BackgroundRole)
            return QBrush(attendancecolours::tint(r.status));
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    if (role == Qt::ForegroundRole && !l.set && index.column() == Status)
        return QBrush(QColor(0x99, 0x99, 0x99));
    if (role == Qt::ToolTipRole && index.column() == Status) {
        if (!l.set)
            return tr("No status yet: 1 present, 2 late, 3 left early, 4 excused, 5 absent, "
                      "0 observer");
        if (owes)
            return dates::isSet(r.makeupDate)
                       ? tr("Make-up study done on %1").arg(dates::toIso(r.makeupDate))
                       : tr("Owes make-up study");
    }
    if (role == Qt::ForegroundRole && !owes &&
        (index.column() == MakeupDate || index.column() == Note))
        return QBrush(QColor(0xaa, 0xaa, 0xaa));
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
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

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= Reason)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() < Reason)
        return false;
    const AttendanceLine& before = m_lines[size_t(index.row())];
    AttendanceLine after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Reason:
        after.sheet.record.reason = text;
        break;
    case MakeupDate: {
        const auto d = dates::fromIso(text);
        if (!d)
            return false;
        after.sheet.record.makeupDate = *d;
        break;
    }
    case Note:
        after.sheet.record.makeupNote = text;
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    if (!after.set) {
        // Typing a reason chooses the status the line shows.
        after.set = true;
    }
    m_undo->push(
        new EditAttendanceFieldCommand(this, {index.row(), before, after}, index.column()));
    return true;
}

void AttendanceModel::setStatus(int row, AttendanceStatus status)
{
    if (row < 0 || row >= rowCount())
        return;
    const AttendanceLine& before = m_lines[size_t(row)];
    AttendanceLine after = before;
    after.set = true;
    after.sheet.record.status = status;
    if (!after.sheet.record.owesMakeup()) {
        after.sheet.record.makeupDate = Date();
        after.sheet.record.makeupNote.clear();
    }
    if (status != AttendanceStatus::Excused)
        after.sheet.record.reason.clear();
    if (after == before)
        return;
    m_undo->push(new SetAttendanceStatusCommand(this, {row, before, after}));
}

bool AttendanceModel::markAllPresent()
{
    std::vector<AttendanceCommand::Change> changes;
    for (int row = 0; row < rowCount(); ++row) {
        const AttendanceLine& l = m_lines[size_t(row)];
        if (l.set)
            continue;
        AttendanceLine after = l;
        after.set = true;
        const bool observer = l.sheet.role == GroupRole::Observer;
        after.sheet.record.status =
            observer ? AttendanceStatus::Observer : AttendanceStatus::Present;
        after.sheet.record.reason.clear();
        after.sheet.record.makeupDate = Date();
        after.sheet.record.makeupNote.clear();
        changes.push_back({row, l, after});
    }
    if (changes.empty())
        return false;
    m_undo->push(new MarkAllPresentCommand(this, std::move(changes)));
    return true;
}

void AttendanceModel::setLine(int row, const AttendanceLine& line)
{
    if (row < 0 || row >= rowCount())
        return;
    m_lines[size_t(row)] = line;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalsChanged();
}

int AttendanceModel::rowOfMember(qint64 memberId) const
{
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].sheet.memberId == memberId)
            return int(i);
    }
    return -1;
}

std::optional<AttendanceStatus> AttendanceModel::status(int row) const
{
    if (row < 0 || row >= rowCount() || !m_lines[size_t(row)].set)
        return std::nullopt;
    return m_lines[size_t(row)].sheet.record.status;
}

std::vector<Attendance> AttendanceModel::records() const
{
    std::vector<Attendance> out;
    for (const AttendanceLine& l : m_lines) {
        if (!l.set)
            continue;
        Attendance r = l.sheet.record;
        r.sessionId = m_session.id;
        r.memberId = l.sheet.memberId;
        out.push_back(r);
    }
    return out;
}

std::vector<int> AttendanceModel::recordRows() const
{
    std::vector<int> rows;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].set)
            rows.push_back(int(i));
    }
    return rows;
}

int AttendanceModel::unsetCount() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(),
                             [](const AttendanceLine& l) { return !l.set; }));
}

AttendanceTotals AttendanceModel::totals() const
{
    return AttendanceService::totals(records());
}

} // namespace sl
