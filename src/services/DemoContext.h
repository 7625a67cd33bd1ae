#pragma once

#include "DemoBuilder.h"

#include "storage/ActivityWriter.h"
#include "storage/Transaction.h"

#include <optional>

namespace sl {

class Database;

// The machinery the demo stages share: the writer, the transaction and the progress report.
// Every written row goes through row(), which reports progress about every 1 % of the expected
// total. An atomic context keeps one transaction from the first stage to commit(); otherwise
// each stage has its own, committed every `chunkRows` rows and at the end of the stage.
class DemoContext
{
public:
    static constexpr int chunkRows = 50000;

    DemoContext(Database& db, const DemoProgress& progress, qint64 expectedRows, bool atomic);

    Database& db() { return m_db; }
    ActivityWriter& writer() { return m_writer; }

    // Starts a stage (its Chinese name goes to the progress report).
    Status beginStage(const QString& name);
    // Commits what the stage wrote, unless the context is atomic.
    Status endStage();
    // Commits everything still open.
    Status commit();

    // Counts one written row; commits the chunk when it is full.
    Status row()
    {
        ++m_done;
        if (++m_inChunk < chunkRows && m_done < m_nextReport)
            return {};
        return rowSlow();
    }

    // The final report (100 %).
    void finish(const QString& stage);

private:
    Status begin();
    Status rowSlow();
    void report();

    Database& m_db;
    ActivityWriter m_writer;
    const DemoProgress& m_progress;
    const bool m_atomic;
    std::optional<Transaction> m_tx;
    QString m_stage;
    QString m_lastStage;
    qint64 m_expected = 1;
    qint64 m_done = 0;
    qint64 m_nextReport = 0;
    int m_inChunk = 0;
    int m_lastPercent = -1;
};

} // namespace sl
