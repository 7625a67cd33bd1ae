#pragma once

#include "gui/attendance/AttendanceModel.h"
#include "gui/common/LedgerCommand.h"

#include <vector>

namespace sl {

// The undoable edits of the attendance sheet (LedgerCommand): they act on the sheet's draft
// (AttendanceModel), which the view saves as a whole through AttendanceService. Each kind of
// edit is its own class; they share the base that swaps lines of the model.
class AttendanceCommand : public LedgerCommand
{
public:
    struct Change
    {
        int row = -1;
        AttendanceLine before;
        AttendanceLine after;
    };

protected:
    AttendanceCommand(AttendanceModel* model, std::vector<Change> changes, const QString& text,
                      MergeId mergeId = MergeId::None);

    Status apply() override;
    Status revert() override;

    AttendanceModel* m_model;
    std::vector<Change> m_changes;
};

// A status key (1 出席 … 0 列席) on one line.
class SetAttendanceStatusCommand : public AttendanceCommand
{
public:
    SetAttendanceStatusCommand(AttendanceModel* model, const Change& change);
};

// The reason, make-up date or note of one line; typing in the same cell again merges.
class EditAttendanceFieldCommand : public AttendanceCommand
{
public:
    EditAttendanceFieldCommand(AttendanceModel* model, const Change& change, int column);
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_column;
};

// "全部出席": every line without a status.
class MarkAllPresentCommand : public AttendanceCommand
{
public:
    MarkAllPresentCommand(AttendanceModel* model, std::vector<Change> changes);
};

} // namespace sl
