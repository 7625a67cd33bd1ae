#pragma once

#include "FiguresOut.h"

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
// A period of whole months (a year, half, quarter or month) adds up the roll-ups of migration
// 0006 (attendance_rollup, study_rollup); any other period scans the records.
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
    // The same, appended to `out` (empty): an assessment's rows are filled in place.
    Status forGroup(qint64 groupId, const Period& period, FiguresOut& out);
    Status forOrganisation(qint64 orgId, const Period& period, FiguresOut& out);
    // One member over every group they attend: the figures of "my year". Nothing when the
    // member does not exist.
    Result<std::optional<MemberFigures>> forMember(qint64 memberId, const Period& period);

    // Work stops between the statements once `cancel` is set (ErrorCode::Cancelled).
    void setCancelFlag(const CancelFlag* cancel) { m_cancel = cancel; }
    // Whether whole-month periods read the roll-ups (on by default); off scans the records
    // whatever the period (the tests compare both ways).
    void setRollups(bool use) { m_rollups = use; }
    // How an organisation's whole months are read from the roll-ups: Seek looks up each
    // member's rows (quick for a branch); Scan reads the period's rows of the whole ledger once
    // and keeps those of the scope (quick for a district, where seeking 100,000 members costs
    // five times the scan). Auto scans when the subtree holds at least a quarter of the
    // organisations. Both give the same figures (the tests compare them). A ledger whose member
    // ids run far beyond its count of members is always sought.
    enum class Plan
    {
        Auto,
        Seek,
        Scan
    };
    void setPlan(Plan plan) { m_plan = plan; }

    // The scans of the records behind forOrganisation (members, attendance, speeches,
    // self-study, writings) — never the roll-ups — for the benchmark that runs them through raw
    // SQLite as its anchor.
    struct Sql
    {
        QString sql;
        QVariantList binds;
    };
    static std::vector<Sql> organisationStatements(qint64 orgId, const Period& period);

    enum class Scope
    {
        Group,
        Organisation,
        Member
    };

private:
    // The statements over the records themselves (any period).
    static std::vector<Sql> statements(Scope scope, qint64 id, const Period& period);
    // The same figures from the roll-ups (members, attendance with speeches, self-study with
    // writings), when the period is whole months; nothing otherwise.
    static std::optional<std::vector<Sql>> rollupStatements(Scope scope, qint64 id,
                                                            const Period& period);
    Status collect(Scope scope, qint64 id, const Period& period, FiguresOut& out);
    // The Scan plan of an organisation's whole months, into `out`; false (nothing read) when
    // the Seek plan is better.
    Result<bool> scanOrganisation(qint64 orgId, const Period& period, FiguresOut& out);

    Database& m_db;
    const CancelFlag* m_cancel = nullptr;
    bool m_rollups = true;
    Plan m_plan = Plan::Auto;
};

} // namespace sl
