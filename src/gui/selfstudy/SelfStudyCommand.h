#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/SelfStudyEntry.h"

#include <QCoreApplication>

namespace sl {

class SelfStudyService;

// The base of the undoable self-study edits of one view (one class per kind of edit: log,
// edit, remove) on LedgerCommand. The edit is made and checked before its command is pushed, so
// the first redo() does nothing. An entry logged again by an undo gets a new id, kept in the
// stack's IdAliases. A change the service refuses on undo or redo (the entry was changed
// elsewhere meanwhile) is reported and the command dropped from the stack. The view follows
// the ledger's events.
class SelfStudyCommand : public LedgerCommand
{
protected:
    SelfStudyCommand(SelfStudyService& service, std::shared_ptr<Context> context,
                     const QString& text)
        : LedgerCommand(std::move(context), text, true), m_service(service)
    {
    }

    SelfStudyService& service() { return m_service; }
    // Logs `entry` again in place of the removed entry it was (its id: the first one).
    Status logAgain(const SelfStudyEntry& entry);
    Status removeEntry(qint64 firstId);

private:
    SelfStudyService& m_service;
};

} // namespace sl
