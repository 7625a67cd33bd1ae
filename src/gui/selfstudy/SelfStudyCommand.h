#pragma once

#include "domain/Error.h"
#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace sl {

class SelfStudyService;

// The base of the undoable self-study edits of one view (one QUndoCommand class per kind of
// edit: log, edit, remove). The edit is made and checked before its command is pushed, so the
// first redo() does nothing. An entry logged again by an undo gets a new id; the commands of
// the stack share the map from an entry's first id to the id it has now. A change the service
// refuses on undo or redo (the entry was changed elsewhere meanwhile) is reported and the
// command dropped from the stack.
class SelfStudyCommand : public QUndoCommand
{
public:
    struct Shared
    {
        SelfStudyService& service;
        // After every undo and redo: reload, and select the entry with this id (0: none).
        std::function<void(qint64 entryId)> changed;
        std::function<void(const Error& error)> failed;
        QHash<qint64, qint64> moved; // an id → the id the entry got when it was logged again

        qint64 resolve(qint64 id) const;
    };

protected:
    SelfStudyCommand(std::shared_ptr<Shared> shared, const QString& text);

    SelfStudyService& service() { return m_shared->service; }
    qint64 resolve(qint64 id) const { return m_shared->resolve(id); }
    // True (once) for the redo() that QUndoStack::push calls.
    bool firstRedo();
    // Logs `entry` again in place of the removed entry `currentId`; returns the new id.
    Result<qint64> logAgain(const SelfStudyEntry& entry, qint64 currentId);
    void done(qint64 selectId);
    void fail(const Error& error);

private:
    std::shared_ptr<Shared> m_shared;
    bool m_pushed = false;
};

} // namespace sl
