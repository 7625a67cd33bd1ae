#include "gui/selfstudy/EditSelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

EditSelfStudyCommand::EditSelfStudyCommand(std::shared_ptr<Shared> shared,
                                           const SelfStudyEntry& before,
                                           const SelfStudyEntry& after)
    : SelfStudyCommand(std::move(shared), tr("edit “%1”").arg(after.material)), m_before(before),
      m_after(after)
{
}

void EditSelfStudyCommand::apply(SelfStudyEntry entry)
{
    entry.id = resolve(entry.id);
    if (Status s = service().edit(entry); !s)
        return fail(s.error());
    done(entry.id);
}

void EditSelfStudyCommand::undo()
{
    apply(m_before);
}

void EditSelfStudyCommand::redo()
{
    if (!firstRedo())
        apply(m_after);
}

} // namespace sl
