#pragma once

#include "domain/StudySession.h"

#include <QObject>

namespace sl {

// The session the editor is changing, before it is saved through SessionService: what the
// editor's undo commands (EditSessionCommand) act on. The editor shows every change of the draft
// that it did not make itself (undo, redo).
class SessionDraft : public QObject
{
    Q_OBJECT

public:
    explicit SessionDraft(const StudySession& session, QObject* parent = nullptr)
        : QObject(parent), m_session(session)
    {
    }

    const StudySession& session() const { return m_session; }
    // Takes a value and tells (changed) when it differs.
    void set(const StudySession& session);
    // Takes the value the editor's fields show already (no signal).
    void follow(const StudySession& session) { m_session = session; }

signals:
    void changed(const sl::StudySession& session);

private:
    StudySession m_session;
};

} // namespace sl
