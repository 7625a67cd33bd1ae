#include "gui/selfstudy/SelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

Status SelfStudyCommand::logAgain(const SelfStudyEntry& entry)
{
    const qint64 current = resolve(entry.id);
    auto id = m_service.log(entry);
    if (!id)
        return id.error();
    alias(current, *id);
    return {};
}

Status SelfStudyCommand::removeEntry(qint64 firstId)
{
    return m_service.remove(resolve(firstId));
}

} // namespace sl
