#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/StudySession.h"

namespace sl {

class SessionDraft;

// One edit of a field of the session editor (LedgerCommand): it sets the values on the editor's
// SessionDraft, which the editor shows and saves through SessionService as a whole; typing on
// in the same field merges into one command (MergeId::SessionField). The edit is in the fields
// already when it is pushed, so the first redo does nothing.
class EditSessionCommand : public LedgerCommand
{
public:
    EditSessionCommand(SessionDraft* draft, std::shared_ptr<Context> context,
                       const StudySession& before, const StudySession& after, const QString& field,
                       const QString& label);

    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    SessionDraft* m_draft;
    StudySession m_before;
    StudySession m_after;
    QString m_field;
};

} // namespace sl
