#pragma once

#include "ImportSession.h"
#include "Ledger.h"
#include "RosterService.h"

#include "domain/GroupRecords.h"
#include "domain/SessionRecords.h"

#include <QHash>

#include <optional>

namespace sl {

// Resolves the groups, members and sessions that the rows of an import file name, once per
// reference, and reports a failure on the row's column. Internal to the session imports.
class ImportResolver
{
public:
    ImportResolver(Ledger& ledger, ImportSession& session)
        : m_ledger(ledger), m_session(session), m_roster(ledger)
    {
    }

    // A group the account may change, or nullopt after reporting why not.
    std::optional<StudyGroup> group(int line, const QString& column, const QString& ref);
    // A member, or nullopt after reporting why not.
    std::optional<Member> member(int line, const QString& column, const QString& ref);
    // A session by its number, of a group the account may change, or nullopt.
    std::optional<StudySession> session(int line, const QString& column, const QString& extId);
    // The memberships of a group (cached).
    const std::vector<MembershipRow>& memberships(qint64 groupId);

private:
    template <typename T> struct Outcome
    {
        std::optional<T> value;
        QString error;
    };
    template <typename T>
    std::optional<T> report(const Outcome<T>& outcome, int line, const QString& column)
    {
        if (!outcome.value)
            m_session.error(line, column, outcome.error);
        return outcome.value;
    }

    Ledger& m_ledger;
    ImportSession& m_session;
    RosterService m_roster;
    QHash<QString, Outcome<StudyGroup>> m_groups;
    QHash<QString, Outcome<Member>> m_members;
    QHash<QString, Outcome<StudySession>> m_sessions;
    QHash<qint64, std::vector<MembershipRow>> m_memberships;
};

} // namespace sl
