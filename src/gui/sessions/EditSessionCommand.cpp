#include "gui/sessions/EditSessionCommand.h"

#include "gui/sessions/SessionEditor.h"

#include <QCoreApplication>

namespace sl {

EditSessionCommand::EditSessionCommand(SessionEditor* editor, const StudySession& before,
                                       const StudySession& after, const QString& field,
                                       const QString& label)
    : m_editor(editor), m_before(before), m_after(after), m_field(field)
{
    setText(QCoreApplication::translate("sl::EditSessionCommand", "Edit %1").arg(label));
}

void EditSessionCommand::undo()
{
    m_editor->applySession(m_before);
}

void EditSessionCommand::redo()
{
    // The first redo is the edit the user just made: the widgets show it already.
    if (m_first) {
        m_first = false;
        return;
    }
    m_editor->applySession(m_after);
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
