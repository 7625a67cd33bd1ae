#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/SessionSnapshot.h"
#include "domain/StudySession.h"

namespace sl {

class SessionService;

// The undoable edits of the sessions list (学习活动), on the sessions area's stack. Each was
// made before the push (by the session editor, or by the list's removal) and is undone and
// redone through SessionService; a session that comes back gets a new id, kept in the stack's
// IdAliases.

// A session saved by the editor, changed: undo writes it back as it was, redo as saved.
class SessionChangedCommand : public LedgerCommand
{
public:
    SessionChangedCommand(SessionService& service, std::shared_ptr<Context> context,
                          const StudySession& before, const StudySession& after);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(StudySession session);

    SessionService& m_service;
    StudySession m_before;
    StudySession m_after;
};

// Sessions taken away whole — one removed from the list (undo brings it back), one new from
// the editor or a monthly series (undo removes them again, redo brings them back) — with their
// attendance, speeches and materials: what is taken away is read first
// (SessionService::snapshot) and brought back by SessionService::restore.
class SessionPresenceCommand : public LedgerCommand
{
public:
    // A session removed: the removal is made by the first redo.
    static SessionPresenceCommand*
    removed(SessionService& service, std::shared_ptr<Context> context, const StudySession& session);
    // A session the editor created (already done).
    static SessionPresenceCommand*
    created(SessionService& service, std::shared_ptr<Context> context, const StudySession& session);
    // The sessions of a series (already done, `ids` by date): the undo removes them only while
    // none has attendance records or speeches.
    static SessionPresenceCommand* series(SessionService& service, std::shared_ptr<Context> context,
                                          const std::vector<qint64>& ids);

protected:
    Status apply() override { return m_created ? bringBack() : takeAway(); }
    Status revert() override { return m_created ? takeAway() : bringBack(); }

private:
    SessionPresenceCommand(SessionService& service, std::shared_ptr<Context> context,
                           std::vector<qint64> ids, bool created, const QString& text);
    Status takeAway();
    Status bringBack();

    SessionService& m_service;
    std::vector<qint64> m_ids; // as first made; resolve() finds them after a return
    bool m_created;
    bool m_onlyUnrecorded = false; // a series: not taken away once something was recorded
    std::vector<SessionSnapshot> m_snapshots;
};

} // namespace sl
