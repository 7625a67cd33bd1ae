#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Writing.h"

#include <optional>

namespace sl {

class WritingService;

// The undoable edits of 心得与调研 (LedgerCommand), made through WritingService on the writings
// area's stack:
// - SaveWritingCommand: a new writing (undo removes it, redo registers it again with a new id,
//   kept in the stack's IdAliases) or a changed one (undo writes it back as it was). The writing
//   dialog saves before the command is pushed (`alreadyDone`), so its first redo does nothing.
// - RemoveWritingCommand: its first redo removes the writing; undo registers it again whole —
//   text, length and appraisal result (WritingService::restore).
class SaveWritingCommand : public LedgerCommand
{
public:
    // `before`: the writing as stored (nullopt for a new one); `after`: as saved, with its id.
    SaveWritingCommand(WritingService& service, std::shared_ptr<Context> context,
                       std::optional<Writing> before, const Writing& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    WritingService& m_service;
    std::optional<Writing> m_before;
    Writing m_after;
};

class RemoveWritingCommand : public LedgerCommand
{
public:
    // `writing` as stored before it is removed.
    RemoveWritingCommand(WritingService& service, std::shared_ptr<Context> context,
                         const Writing& writing);

protected:
    Status apply() override;
    Status revert() override;

private:
    WritingService& m_service;
    Writing m_writing;
};

} // namespace sl
