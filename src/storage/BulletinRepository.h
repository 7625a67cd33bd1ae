#pragma once

#include "FiguresRepository.h"

#include "domain/Bulletin.h"
#include "domain/CancelFlag.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// The figures of METRICS.md "Bulletin figures" that belong to the scope rather than to its
// members — Sessions(S, P) by form and trigger, the plan items of the period and those done,
// Records(S, P) by status with their make-up, the speeches at Sessions(S, P) — and the details
// the bulletin's prose names. Every figure is an aggregate computed in the database (COUNT/SUM,
// GROUP BY); no session or record is loaded one by one. The member figures (self-study, notes,
// writings, Members(S, P) and their hours) come from FiguresRepository.
class BulletinRepository
{
public:
    explicit BulletinRepository(Database& db) : m_db(db) {}

    using Sql = FiguresRepository::Sql;

    // sessions.*, plan.*, attendance.*, makeup.* and speeches.total; the member figures are 0.
    Result<BulletinFigures> scopeFigures(const ScopeRef& scope, const Period& period);

    // Sessions(S, P) with a 三个必学习 trigger, with their Records and attended counts, by date
    // (then number).
    Result<std::vector<BulletinSession>> threeMustSessions(const ScopeRef& scope,
                                                           const Period& period);
    // The sessions of Sessions(S, P) with the highest participation (attended / Records, only
    // those with Records); ties go to the one with more attended, then the earlier date, then
    // the number. At most `limit`.
    Result<std::vector<BulletinSession>> bestAttended(const ScopeRef& scope, const Period& period,
                                                      int limit = 3);
    // Plan items of the groups in S whose month lies in P that no session of Sessions(S, P)
    // carries out, by month (then group number and item number).
    Result<std::vector<BulletinPlanItem>> planItemsNotDone(const ScopeRef& scope,
                                                           const Period& period);

    // Work stops between the statements once `cancel` is set (ErrorCode::Cancelled).
    void setCancelFlag(const CancelFlag* cancel) { m_cancel = cancel; }
    // Whether whole-month periods read the roll-ups (on by default); off scans the records
    // whatever the period (the tests compare both ways).
    void setRollups(bool use) { m_rollups = use; }

    // Every statement above (sessions, records, speeches, plan, three musts, best attended, plan
    // items not done) as a scan of the records — never the roll-ups, which scopeFigures reads
    // for whole months — for the benchmark's raw-SQLite anchor.
    static std::vector<Sql> statements(const ScopeRef& scope, const Period& period);

private:
    enum Query
    {
        SessionsByForm,
        Records,
        Speeches,
        PlanItems,
        ThreeMusts,
        BestAttended,
        PlanNotDone,
        StatementCount
    };
    static Sql statement(Query which, const ScopeRef& scope, const Period& period, int limit = 3);
    // Records by status, made up, and the speeches (the columns of Records, then speeches) from
    // the roll-ups, when the period is whole months; nothing otherwise.
    static std::optional<Sql> rollupRecords(const ScopeRef& scope, const Period& period);
    // ThreeMusts or BestAttended with each session's counts from session_rollup (any period).
    static Sql rolledUpSessions(Query which, const ScopeRef& scope, const Period& period,
                                int limit = 3);
    Status checkCancel() const;
    Result<std::vector<BulletinSession>> sessions(const Sql& sql);

    Database& m_db;
    const CancelFlag* m_cancel = nullptr;
    bool m_rollups = true;
};

} // namespace sl
