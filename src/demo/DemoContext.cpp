#include "DemoContext.h"
#include "storage/Database.h"

#include <algorithm>

namespace sl {

DemoContext::DemoContext(Database& db, const DemoProgress& progress, qint64 expectedRows)
    : m_db(db), m_writer(db), m_progress(progress), m_expected(std::max<qint64>(1, expectedRows))
{
}

Status DemoContext::begin()
{
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return m_tx->beginError();
    return {};
}

Status DemoContext::beginStage(const QString& name)
{
    m_stage = name;
    if (!m_tx) {
        if (Status s = begin(); !s)
            return s;
    }
    report();
    return {};
}

Status DemoContext::commit()
{
    if (!m_tx)
        return {};
    Status s = m_tx->commit();
    m_tx.reset();
    return s;
}

void DemoContext::report()
{
    // Estimated totals may fall short: hold at 99 % until finish().
    const int percent = static_cast<int>(std::min<qint64>(99, m_done * 100 / m_expected));
    m_nextReport = std::max((percent + 1) * m_expected / 100 + 1,
                            m_done + std::max<qint64>(1, m_expected / 100));
    if ((percent == m_lastPercent && m_stage == m_lastStage) || !m_progress)
        return;
    m_lastPercent = percent;
    m_lastStage = m_stage;
    m_progress(percent, m_stage);
}

void DemoContext::finish(const QString& stage)
{
    m_stage = stage;
    if (m_progress)
        m_progress(100, stage);
}

} // namespace sl
