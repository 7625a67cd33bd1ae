#include "gui/common/LedgerCommand.h"

namespace sl {

LedgerCommand::LedgerCommand(std::shared_ptr<Context> context, const QString& text,
                             bool alreadyDone, MergeId mergeId)
    : QUndoCommand(text), m_context(std::move(context)), m_mergeId(mergeId), m_skipRedo(alreadyDone)
{
}

void LedgerCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        m_context->failed = false;
        return;
    }
    run(apply());
}

void LedgerCommand::undo()
{
    run(revert());
}

void LedgerCommand::run(Status status)
{
    m_failed = !status.ok();
    m_context->failed = m_failed;
    if (status)
        return;
    setObsolete(true);
    if (m_context->report)
        m_context->report(status.error());
}

} // namespace sl
