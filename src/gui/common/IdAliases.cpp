#include "gui/common/IdAliases.h"

namespace sl {

void IdAliases::alias(qint64 oldId, qint64 newId)
{
    if (oldId == newId || oldId == 0 || newId == 0)
        return;
    // `newId` is a live record now: it names itself (an id the database handed out again must not
    // lead back into an old chain).
    m_next.remove(newId);
    m_next.insert(oldId, newId);
}

qint64 IdAliases::resolve(qint64 id) const
{
    // Never longer than the map (a chain cannot loop, but stay safe).
    for (qsizetype steps = 0; steps <= m_next.size(); ++steps) {
        const auto it = m_next.constFind(id);
        if (it == m_next.cend())
            break;
        id = it.value();
    }
    return id;
}

} // namespace sl
