#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/StudySession.h"

#include <optional>

namespace sl {

class SpeechService;

// The undoable edits of a session's speeches (交流发言), made through SpeechService by their
// first redo, on the speeches' stack (the attendance area's while the speeches have the focus):
// - SaveSpeechCommand: a new speech (undo removes it; redo adds it again with a new id, kept in
//   the stack's IdAliases) or a changed one (undo writes it back as it was);
// - RemoveSpeechCommand: undo adds the speech again.
class SaveSpeechCommand : public LedgerCommand
{
public:
    // `before`: the speech as stored (nullopt for a new one); `after`: as it is to be.
    SaveSpeechCommand(SpeechService& service, std::shared_ptr<Context> context,
                      std::optional<Speech> before, const Speech& after);
    // The speech's id (as first made, for a new one; 0 before the first redo).
    qint64 speechId() const { return m_before ? m_before->id : m_firstId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    SpeechService& m_service;
    std::optional<Speech> m_before;
    Speech m_after;
    qint64 m_firstId = 0;
};

class RemoveSpeechCommand : public LedgerCommand
{
public:
    RemoveSpeechCommand(SpeechService& service, std::shared_ptr<Context> context,
                        const Speech& speech);

protected:
    Status apply() override;
    Status revert() override;

private:
    SpeechService& m_service;
    Speech m_speech;
};

} // namespace sl
