#include "gui/selfstudy/LogSelfStudyCommand.h"

namespace sl {

LogSelfStudyCommand::LogSelfStudyCommand(SelfStudyService& service,
                                         std::shared_ptr<Context> context,
                                         const SelfStudyEntry& entry)
    : SelfStudyCommand(service, std::move(context), tr("log “%1”").arg(entry.material)),
      m_entry(entry)
{
}

} // namespace sl
