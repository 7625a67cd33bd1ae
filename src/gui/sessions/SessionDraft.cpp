#include "gui/sessions/SessionDraft.h"

namespace sl {

void SessionDraft::set(const StudySession& session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit changed(m_session);
}

} // namespace sl
