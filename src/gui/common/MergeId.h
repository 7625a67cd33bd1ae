#pragma once

namespace sl {

// Every QUndoCommand::id() of the application in one place (as Tiled's undocommands.h): edits
// with the same id merge (typing on in one field is one undo step). Commands that never merge
// keep None (-1, QUndoCommand's default).
enum class MergeId : int
{
    None = -1,
    AttendanceField = 1, // the reason, make-up date or note of one line of the attendance sheet
    SessionField,        // one field of the session editor
};

} // namespace sl
