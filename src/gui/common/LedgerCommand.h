#pragma once

#include "gui/common/IdAliases.h"
#include "gui/common/MergeId.h"

#include "domain/Error.h"
#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace sl {

// The one base of the application's undoable edits (as Tiled's undocommands.h: one class per
// kind of edit). A command acts through a service — or, for the forms that save as a whole
// (the session editor, the attendance sheet), on the draft that is then saved through one —
// in apply() (redo) and revert() (undo), each returning a Status:
// - a command whose edit was made and checked before the push (`alreadyDone`) skips its first
//   redo;
// - a failure is reported through the stack's Context and makes the command obsolete, so that
//   QUndoStack drops it (a first redo that fails is never kept);
// - the commands of one stack share the Context: the failure report and the IdAliases of the
//   records that got new ids on undo or redo;
// - id() is the command's MergeId (MergeId.h), the one enum of merge ids.
// The views register their stacks with MainWindow's QUndoGroup (Edit › Undo/Redo).
class LedgerCommand : public QUndoCommand
{
public:
    // What the commands of one undo stack share.
    struct Context
    {
        // Tells the user why an edit could not be made, undone or redone.
        std::function<void(const Error& error)> report;
        IdAliases aliases;
        bool failed = false; // whether the last apply or revert failed
    };

    void redo() final;
    void undo() final;
    int id() const final { return static_cast<int>(m_mergeId); }
    // Whether the last redo or undo failed.
    bool failed() const { return m_failed; }

protected:
    LedgerCommand(std::shared_ptr<Context> context, const QString& text, bool alreadyDone = false,
                  MergeId mergeId = MergeId::None);

    virtual Status apply() = 0;
    virtual Status revert() = 0;

    qint64 resolve(qint64 id) const { return m_context->aliases.resolve(id); }
    void alias(qint64 oldId, qint64 newId) { m_context->aliases.alias(oldId, newId); }
    Context& context() { return *m_context; }

private:
    void run(Status status);

    std::shared_ptr<Context> m_context;
    MergeId m_mergeId;
    bool m_skipRedo;
    bool m_failed = false;
};

} // namespace sl
