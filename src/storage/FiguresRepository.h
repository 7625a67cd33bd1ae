#pragma once

#include "domain/CancelFlag.h"
#include "domain/MemberFigures.h"
#include "domain/Period.h"
#include "domain/Result.h"

#include <QVariantList>

#include <optional>
#include <vector>

namespace sl {

class Database;

// The per-member figures of METRICS.md, computed in the database with aggregates grouped by
// member (one statement per table family), never by loading the records themselves. Only held
// sessions count; 列席 records are not Records(S, P); self-study and writings are member-wide.
class FiguresRepository
{
public:
    explicit FiguresRepository(Database& db) : m_db(db) {}

    // Members(G, P) of a group — memberships of G with a role other than 列席 whose dates
    // overlap P — with their figures in the group's scope, ordered by number.
    Result<std::vector<MemberFigures>> forGroup(qint64 groupId, const Period& period);
    // Members(O, P) of an organisation — the members of O and its descendants — with their
    // figures in the scope of O's subtree, ordered by number.
    Result<std::vector<MemberFigures>> forOrganisation(qint64 orgId, const Period& period);
    // One member over every group they attend: the figures of "my year". Nothing when the
    // member does not exist.
    Result<std::optional<MemberFigures>> forMember(qint64 memberId, const Period& period);

    // Work stops between the statements once `cancel` is set (ErrorCode::Cancelled).
    void setCancelFlag(const CancelFlag* cancel) { m_cancel = cancel; }

    // The statements behind forOrganisation (members, attendance, speeches, self-study,
    // writings), for the benchmark that runs the same SQL through raw SQLite as its anchor.
    struct Sql
    {
        QString sql;
        QVariantList binds;
    };
    static std::vector<Sql> organisationStatements(qint64 orgId, const Period& period);

private:
    enum class Scope
    {
        Group,
        Organisation,
        Member
    };
    static std::vector<Sql> statements(Scope scope, qint64 id, const Period& period);
    Result<std::vector<MemberFigures>> collect(Scope scope, qint64 id, const Period& period);

    Database& m_db;
    const CancelFlag* m_cancel = nullptr;
};

} // namespace sl
