#include "gui/selfstudy/LogSelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

LogSelfStudyCommand::LogSelfStudyCommand(std::shared_ptr<Shared> shared,
                                         const SelfStudyEntry& entry)
    : SelfStudyCommand(std::move(shared), tr("log “%1”").arg(entry.material)), m_entry(entry)
{
}

void LogSelfStudyCommand::undo()
{
    if (Status s = service().remove(resolve(m_entry.id)); !s)
        return fail(s.error());
    done(0);
}

void LogSelfStudyCommand::redo()
{
    if (firstRedo())
        return;
    auto id = logAgain(m_entry, resolve(m_entry.id));
    if (!id)
        return fail(id.error());
    done(*id);
}

} // namespace sl
