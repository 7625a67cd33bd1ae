#pragma once

#include "domain/StudySession.h"

#include <QUndoCommand>

namespace sl {

class SessionEditor;

// One edit of a field of the session editor, in memory until the session is saved; typing on
// in the same field merges into one command.
class EditSessionCommand : public QUndoCommand
{
public:
    EditSessionCommand(SessionEditor* editor, const StudySession& before, const StudySession& after,
                       const QString& field, const QString& label);

    void undo() override;
    void redo() override;
    int id() const override { return 4201; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    SessionEditor* m_editor;
    StudySession m_before;
    StudySession m_after;
    QString m_field;
    bool m_first = true;
};

} // namespace sl
