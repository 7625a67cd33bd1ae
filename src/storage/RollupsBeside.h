#pragma once

#include "RollupTotals.h"
#include "SqlStatement.h"

#include "domain/CancelFlag.h"
#include "domain/Result.h"

#include <future>
#include <optional>
#include <unordered_set>
#include <vector>

namespace sl {

class Database;

// The roll-up rows of an organisation's period, read beside its members (FiguresRepository's
// scan plan): on a read-only connection of their own, on another thread, while the caller's
// connection reads the members — a district's 100,000 members and their roll-ups on two cores
// — and added up by member id. Only where a second connection reads what the caller's would: a
// database with a file, and no transaction open on the caller's connection (whose writes the
// other would not see). Internal to src/storage.
class RollupsBeside
{
public:
    using Totals = std::vector<RollupTotals>; // by member id, 0 to the largest

    // `attendance`: rows of (member, group, the Records columns, speeches), counted at `groups`
    // only; `study`: rows of (member, self-study minutes, notes, writings). Starts reading when
    // it can: started().
    RollupsBeside(Database& db, sqlv::Statement attendance, sqlv::Statement study,
                  std::unordered_set<qint64> groups, qint64 lastMember, const CancelFlag* cancel);
    RollupsBeside(const RollupsBeside&) = delete;
    RollupsBeside& operator=(const RollupsBeside&) = delete;

    bool started() const { return m_future.valid(); }
    // Waits for the totals (once); nullopt when the second connection did not open (then read
    // the roll-ups on the caller's connection).
    std::optional<Result<Totals>> get() { return m_future.get(); }

private:
    std::future<std::optional<Result<Totals>>> m_future; // waits in its destructor
};

} // namespace sl
