#pragma once

#include "gui/common/LedgerCommand.h"

#include "services/AttendanceService.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace sl {

// One line of the sheet being edited: the service's line and whether a status was chosen (a
// stored record counts as chosen; a line only pre-filled by the service does not).
struct AttendanceLine
{
    SheetLine sheet;
    bool set = false;

    bool operator==(const AttendanceLine& o) const
    {
        return set == o.set && sheet.memberId == o.sheet.memberId && sheet.record == o.sheet.record;
    }
};

// The attendance sheet of one held session (UX.md "Attendance sheet"): one row per expected
// member with name, role, status, reason, make-up date and note. Every change goes through the
// undo stack (SetAttendanceStatusCommand, EditAttendanceFieldCommand, MarkAllPresentCommand) and
// stays in memory until the view saves it.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Status,
        Reason,
        MakeupDate,
        Note,
        ColumnCount
    };

    explicit AttendanceModel(QUndoStack* undo, QObject* parent = nullptr);

    // The lines in the order of the sheet: by role (组长, 副组长, 秘书, 组员, 列席, then those
    // not in the group that day), then by name in pinyin order.
    void setSheet(const AttendanceSheet& sheet);
    // The place of a role in that order.
    static int roleRank(const std::optional<GroupRole>& role);
    void clear();
    const StudySession& session() const { return m_session; }
    bool hasSession() const { return m_session.id != 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Reason, make-up date (ISO text) and note; undoable.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Undoable edits.
    void setStatus(int row, AttendanceStatus status);
    // Sets every line without a chosen status: 出席, or 列席 for an observer. False when none.
    bool markAllPresent();

    const AttendanceLine& line(int row) const { return m_lines.at(size_t(row)); }
    // Replaces a line as it is (for the undo commands).
    void setLine(int row, const AttendanceLine& line);
    // What the commands of the sheet's stack share.
    const std::shared_ptr<LedgerCommand::Context>& undoContext() const { return m_undoContext; }
    int rowOfMember(qint64 memberId) const;
    std::optional<AttendanceStatus> status(int row) const;

    // The records of the lines with a chosen status, for the service.
    std::vector<Attendance> records() const;
    // The rows of `records()` (the index a SheetProblem gives → the row).
    std::vector<int> recordRows() const;
    int unsetCount() const;
    AttendanceTotals totals() const;

signals:
    void totalsChanged();

private:
    void sortLines();
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext =
        std::make_shared<LedgerCommand::Context>();
    StudySession m_session;
    std::vector<AttendanceLine> m_lines;
};

} // namespace sl
