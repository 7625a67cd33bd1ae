#pragma once

#include "gui/common/RecordCommands.h"

#include "domain/StudySession.h"

namespace sl {

class SpeechService;

// The undoable edits of a session's speeches (交流发言), made through SpeechService by their
// first redo, on the speeches' stack (the attendance area's while the speeches have the focus):
// a new speech (undo removes it) or a changed one (undo writes it back as it was), and a speech
// removed (undo adds it again). RecordCommands keeps the ids.
using SaveSpeechCommand = SaveRecordCommand<Speech>;
using RemoveSpeechCommand = RemoveRecordCommand<Speech>;

// The commands with their text in Edit › Undo ("添加发言“…”").
SaveSpeechCommand* saveSpeechCommand(SpeechService& service,
                                     std::shared_ptr<LedgerCommand::Context> context,
                                     std::optional<Speech> before, const Speech& after);
RemoveSpeechCommand* removeSpeechCommand(SpeechService& service,
                                         std::shared_ptr<LedgerCommand::Context> context,
                                         const Speech& speech);

} // namespace sl
