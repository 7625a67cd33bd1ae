#pragma once

#include "DemoBuilder.h"

#include "storage/ActivityWriter.h"
#include "storage/Transaction.h"

#include <optional>

namespace sl {

class Database;

// The machinery the demo stages share: the writer, the transaction and the progress report.
// Every written row goes through row(), which reports progress about every 1 % of the expected
// total. One transaction runs from the first stage to commit(): a demo is written whole or not
// at all, even a district of millions of rows (SQLite spills a large transaction to disk).
class DemoContext
{
public:
    DemoContext(Database& db, const DemoProgress& progress, qint64 expectedRows);

    Database& db() { return m_db; }
    ActivityWriter& writer() { return m_writer; }

    // Starts a stage (its Chinese name goes to the progress report).
    Status beginStage(const QString& name);
    // Commits everything still open.
    Status commit();

    // Counts one written row, reporting progress now and then.
    Status row()
    {
        if (++m_done >= m_nextReport)
            report();
        return {};
    }

    // The final report (100 %).
    void finish(const QString& stage);

private:
    Status begin();
    void report();

    Database& m_db;
    ActivityWriter m_writer;
    const DemoProgress& m_progress;
    std::optional<Transaction> m_tx;
    QString m_stage;
    QString m_lastStage;
    qint64 m_expected = 1;
    qint64 m_done = 0;
    qint64 m_nextReport = 0;
    int m_lastPercent = -1;
};

} // namespace sl
