#include "gui/selfstudy/RemoveSelfStudyCommand.h"

namespace sl {

RemoveSelfStudyCommand::RemoveSelfStudyCommand(SelfStudyService& service,
                                               std::shared_ptr<Context> context,
                                               const SelfStudyEntry& entry)
    : SelfStudyCommand(service, std::move(context), tr("delete “%1”").arg(entry.material)),
      m_entry(entry)
{
}

} // namespace sl
