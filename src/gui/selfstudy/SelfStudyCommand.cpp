#include "gui/selfstudy/SelfStudyCommand.h"

#include "services/SelfStudyService.h"

namespace sl {

qint64 SelfStudyCommand::Shared::resolve(qint64 id) const
{
    // Each id is mapped at most once and only to a newer one: the chain ends.
    for (auto it = moved.find(id); it != moved.end(); it = moved.find(id))
        id = it.value();
    return id;
}

SelfStudyCommand::SelfStudyCommand(std::shared_ptr<Shared> shared, const QString& text)
    : QUndoCommand(text), m_shared(std::move(shared))
{
}

bool SelfStudyCommand::firstRedo()
{
    if (m_pushed)
        return false;
    m_pushed = true;
    return true;
}

Result<qint64> SelfStudyCommand::logAgain(const SelfStudyEntry& entry, qint64 currentId)
{
    auto id = m_shared->service.log(entry);
    if (id && *id != currentId)
        m_shared->moved.insert(currentId, *id);
    return id;
}

void SelfStudyCommand::done(qint64 selectId)
{
    if (m_shared->changed)
        m_shared->changed(selectId);
}

void SelfStudyCommand::fail(const Error& error)
{
    setObsolete(true);
    if (m_shared->failed)
        m_shared->failed(error);
    done(0);
}

} // namespace sl
