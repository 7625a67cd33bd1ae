#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Organisation.h"
#include "domain/StudyGroup.h"

#include <optional>

namespace sl {

class BranchService;

// The undoable edits of a branch's set-up in 组织与党员 (LedgerCommand), one class per kind of
// edit over the three kinds of record (Organisation, StudyGroup, GroupMembership), each made
// through BranchService by its first redo:
// - SaveBranchCommand: a new record (undo removes it, redo creates it again with a new id, kept
//   in the stack's IdAliases) or a changed one (undo writes the record as it was: an
//   organisation moves back under its old parent);
// - RemoveBranchCommand: undo creates the record again.
// The ids a record refers to (parent, organisation, group) are resolved through the aliases, so
// that a group made in an organisation that was undone and redone follows it.
template <class Record> class SaveBranchCommand : public LedgerCommand
{
public:
    // `before`: the record as stored (nullopt for a new one); `after`: as it is to be.
    SaveBranchCommand(BranchService& service, std::shared_ptr<Context> context,
                      std::optional<Record> before, const Record& after);
    // The id of the record (as first made, for a new one; 0 before the first redo).
    qint64 recordId() const;

protected:
    Status apply() override;
    Status revert() override;

private:
    // The id that record `id` of kind `tag` has now (IdAliases).
    qint64 find(int tag, qint64 id) const;

    BranchService& m_service;
    std::optional<Record> m_before;
    Record m_after;
    qint64 m_firstId = 0;
};

template <class Record> class RemoveBranchCommand : public LedgerCommand
{
public:
    RemoveBranchCommand(BranchService& service, std::shared_ptr<Context> context,
                        const Record& record);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 find(int tag, qint64 id) const;

    BranchService& m_service;
    Record m_record;
};

extern template class SaveBranchCommand<Organisation>;
extern template class SaveBranchCommand<StudyGroup>;
extern template class SaveBranchCommand<GroupMembership>;
extern template class RemoveBranchCommand<Organisation>;
extern template class RemoveBranchCommand<StudyGroup>;
extern template class RemoveBranchCommand<GroupMembership>;

} // namespace sl
