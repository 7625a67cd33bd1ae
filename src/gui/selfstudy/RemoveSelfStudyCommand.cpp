#include "gui/selfstudy/RemoveSelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

RemoveSelfStudyCommand::RemoveSelfStudyCommand(std::shared_ptr<Shared> shared,
                                               const SelfStudyEntry& entry)
    : SelfStudyCommand(std::move(shared), tr("delete “%1”").arg(entry.material)), m_entry(entry)
{
}

void RemoveSelfStudyCommand::undo()
{
    auto id = logAgain(m_entry, resolve(m_entry.id));
    if (!id)
        return fail(id.error());
    done(*id);
}

void RemoveSelfStudyCommand::redo()
{
    if (firstRedo())
        return;
    if (Status s = service().remove(resolve(m_entry.id)); !s)
        return fail(s.error());
    done(0);
}

} // namespace sl
