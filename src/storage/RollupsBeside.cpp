#include "RollupsBeside.h"

#include "Database.h"
#include "FiguresRowFills.h"
#include "NativeRows.h"
#include "SqliteHandle.h"

#include "domain/LargeVector.h"

#include <QFileInfo>

#include <system_error>

namespace sl {

namespace {

bool canReadBeside(Database& db)
{
    if (!QFileInfo(db.path()).isFile())
        return false;
    sqlite3* handle = sqliteHandle(db.connection());
    return handle && sqlite3_get_autocommit(handle) != 0;
}

} // namespace

RollupsBeside::RollupsBeside(Database& db, sqlv::Statement attendance, sqlv::Statement study,
                             std::unordered_set<qint64> groups, qint64 lastMember,
                             const CancelFlag* cancel)
{
    if (lastMember < 0 || !canReadBeside(db))
        return;
    try {
        m_future = std::async(
            std::launch::async,
            [path = db.path(), attendance = std::move(attendance), study = std::move(study),
             groups = std::move(groups), lastMember, cancel]() -> std::optional<Result<Totals>> {
                auto beside = Database::open(path, OpenMode::ReadOnly);
                if (!beside)
                    return std::nullopt; // the caller reads them on its own connection
                if (cancel && cancel->isCancelled())
                    return Result<Totals>(Error::cancelled());
                Totals totals;
                reserveLarge(totals, size_t(lastMember) + 1);
                totals.resize(size_t(lastMember) + 1);
                auto of = [&](qint64 memberId) -> RollupTotals* {
                    return memberId >= 0 && memberId <= lastMember ? &totals[size_t(memberId)]
                                                                   : nullptr;
                };
                if (Status ok = scanNativeRows(**beside, attendance.sql, attendance.binds,
                                               [&](const NativeRow& q) -> Status {
                                                   RollupTotals* t = of(q.integer(0));
                                                   if (t && groups.count(q.integer(1)))
                                                       figuresrows::addAttendanceRollup(*t, q, 2);
                                                   return {};
                                               });
                    !ok)
                    return Result<Totals>(ok.error());
                if (cancel && cancel->isCancelled())
                    return Result<Totals>(Error::cancelled());
                if (Status ok = scanNativeRows(**beside, study.sql, study.binds,
                                               [&](const NativeRow& q) -> Status {
                                                   if (RollupTotals* t = of(q.integer(0)))
                                                       figuresrows::addStudyRollup(*t, q);
                                                   return {};
                                               });
                    !ok)
                    return Result<Totals>(ok.error());
                return Result<Totals>(std::move(totals));
            });
    } catch (const std::system_error&) {
        // No thread to be had: started() is false and the caller reads them.
    }
}

} // namespace sl
