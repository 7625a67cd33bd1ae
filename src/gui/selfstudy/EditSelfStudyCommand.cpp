#include "gui/selfstudy/EditSelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

EditSelfStudyCommand::EditSelfStudyCommand(SelfStudyService& service,
                                           std::shared_ptr<Context> context,
                                           const SelfStudyEntry& before,
                                           const SelfStudyEntry& after)
    : SelfStudyCommand(service, std::move(context), tr("edit “%1”").arg(after.material)),
      m_before(before), m_after(after)
{
}

Status EditSelfStudyCommand::write(SelfStudyEntry entry)
{
    entry.id = resolve(entry.id);
    return service().edit(entry);
}

} // namespace sl
