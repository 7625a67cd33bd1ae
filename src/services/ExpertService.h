#pragma once

#include "domain/Registers.h"
#include "domain/Result.h"
#include "domain/SessionRecords.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 专家资源库: outside speakers, with the sessions each gave. Everyone reads the pool; admins and
// secretaries (and single-user mode) change it.
class ExpertService
{
    Q_DECLARE_TR_FUNCTIONS(sl::ExpertService)

public:
    explicit ExpertService(Ledger& ledger) : m_ledger(ledger) {}

    // Every expert by name (pinyin order).
    Result<std::vector<Expert>> experts();
    Result<std::optional<Expert>> expert(qint64 id);
    // The expert of that name when exactly one has it.
    Result<std::optional<Expert>> uniqueByName(const QString& name);

    // Inserts (id 0) or updates an expert (name required). Returns the id.
    Result<qint64> save(const Expert& expert);
    // Refused ("name", Conflict) while sessions name the expert as speaker.
    Status remove(qint64 id);

    // The sessions (any status) the expert gave or is to give, by date.
    Result<std::vector<SessionRow>> sessionsGiven(qint64 expertId);

private:
    Ledger& m_ledger;
};

} // namespace sl
