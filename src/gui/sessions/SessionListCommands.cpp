#include "gui/sessions/SessionListCommands.h"

#include "services/SessionService.h"

#include <QCoreApplication>

namespace sl {

namespace {

QString label(const StudySession& session)
{
    return session.topic.trimmed();
}

} // namespace

SessionChangedCommand::SessionChangedCommand(SessionService& service,
                                             std::shared_ptr<Context> context,
                                             const StudySession& before, const StudySession& after)
    : LedgerCommand(std::move(context),
                    QCoreApplication::translate("sl::SessionListCommand", "Edit session “%1”")
                        .arg(label(after)),
                    true),
      m_service(service), m_before(before), m_after(after)
{
}

Status SessionChangedCommand::write(StudySession session)
{
    session.id = resolve(m_before.id);
    auto saved = m_service.save(session);
    return saved ? Status() : Status(saved.error());
}

SessionPresenceCommand::SessionPresenceCommand(SessionService& service,
                                               std::shared_ptr<Context> context,
                                               std::vector<qint64> ids, bool created,
                                               const QString& text)
    : LedgerCommand(std::move(context), text, created), m_service(service), m_ids(std::move(ids)),
      m_created(created)
{
}

SessionPresenceCommand* SessionPresenceCommand::removed(SessionService& service,
                                                        std::shared_ptr<Context> context,
                                                        const StudySession& session)
{
    return new SessionPresenceCommand(
        service, std::move(context), {session.id}, false,
        QCoreApplication::translate("sl::SessionListCommand", "Delete session “%1”")
            .arg(label(session)));
}

SessionPresenceCommand* SessionPresenceCommand::created(SessionService& service,
                                                        std::shared_ptr<Context> context,
                                                        const StudySession& session)
{
    return new SessionPresenceCommand(
        service, std::move(context), {session.id}, true,
        QCoreApplication::translate("sl::SessionListCommand", "New session “%1”")
            .arg(label(session)));
}

SessionPresenceCommand* SessionPresenceCommand::series(SessionService& service,
                                                       std::shared_ptr<Context> context,
                                                       const std::vector<qint64>& ids)
{
    auto* command = new SessionPresenceCommand(
        service, std::move(context), ids, true,
        QCoreApplication::translate("sl::SessionListCommand", "New series of %n session(s)",
                                    nullptr, int(ids.size())));
    command->m_onlyUnrecorded = true;
    return command;
}

Status SessionPresenceCommand::takeAway()
{
    // Everything is read before anything is removed.
    std::vector<SessionSnapshot> snapshots;
    for (qint64 id : m_ids) {
        auto snapshot = m_service.snapshot(resolve(id));
        if (!snapshot)
            return snapshot.error();
        if (m_onlyUnrecorded && (!snapshot->attendance.empty() || !snapshot->speeches.empty()))
            return Error{ErrorCode::Conflict, QStringLiteral("attendance"),
                         QCoreApplication::translate(
                             "sl::SessionListCommand",
                             "the session %1 of the series has attendance or speeches now")
                             .arg(snapshot->session.extId)};
        snapshots.push_back(std::move(*snapshot));
    }
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (Status s = m_service.remove(resolve(m_ids[i])); !s) {
            // The ones already removed come back: the step is all or nothing.
            for (size_t j = 0; j < i; ++j)
                if (auto id = m_service.restore(snapshots[j]))
                    alias(resolve(m_ids[j]), *id);
            return s;
        }
    }
    m_snapshots = std::move(snapshots);
    return {};
}

Status SessionPresenceCommand::bringBack()
{
    for (size_t i = 0; i < m_ids.size(); ++i) {
        auto id = m_service.restore(m_snapshots[i]);
        if (!id) {
            for (size_t j = 0; j < i; ++j)                              // all or nothing
                static_cast<void>(m_service.remove(resolve(m_ids[j]))); // best effort
            return id.error();
        }
        alias(resolve(m_ids[i]), *id);
    }
    return {};
}

} // namespace sl
