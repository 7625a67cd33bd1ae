#include "gui/sessions/EditSessionCommand.h"

#include "gui/sessions/SessionDraft.h"

#include <QCoreApplication>

namespace sl {

EditSessionCommand::EditSessionCommand(SessionDraft* draft, std::shared_ptr<Context> context,
                                       const StudySession& before, const StudySession& after,
                                       const QString& field, const QString& label)
    : LedgerCommand(std::move(context),
                    QCoreApplication::translate("sl::EditSessionCommand", "Edit %1").arg(label),
                    true, MergeId::SessionField),
      m_draft(draft), m_before(before), m_after(after), m_field(field)
{
}

Status EditSessionCommand::apply()
{
    m_draft->set(m_after);
    return {};
}

Status EditSessionCommand::revert()
{
    m_draft->set(m_before);
    return {};
}

bool EditSessionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditSessionCommand*>(other);
    if (o->m_field != m_field)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace sl
