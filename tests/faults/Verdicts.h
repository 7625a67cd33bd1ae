#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QTest>

#include "faults/FaultHarness.h"

// Collects every broken expectation of a fault loop, grouped by what went wrong, so that one
// test run lists all the faults a command mishandles instead of stopping at the first.
namespace faults {

class Verdicts
{
public:
    // `fault` names the injected fault, `problem` what went wrong (its first line is kept).
    void expect(bool ok, const QString& fault, const QString& problem)
    {
        if (ok)
            return;
        ++m_count;
        QString key = problem.section(QLatin1Char('\n'), 0, 0).simplified();
        if (key.size() > 150)
            key = key.left(150) + QStringLiteral("...");
        for (auto& group : m_groups) {
            if (group.first == key) {
                group.second << fault;
                return;
            }
        }
        m_groups.append({key, {fault}});
    }
    // Counts a run under a fault.
    void ran(const Run& run)
    {
        ++m_runs;
        if (run.code == 0)
            ++(run.hit ? m_passedThrough : m_passed);
        else if (run.hit)
            ++m_failed;
    }
    QString summary() const
    {
        return QStringLiteral("%1 runs: %2 failed on the fault, %3 passed despite it, %4 passed "
                              "without meeting it")
            .arg(m_runs)
            .arg(m_failed)
            .arg(m_passedThrough)
            .arg(m_passed);
    }
    bool ok() const { return m_count == 0; }
    QString text() const
    {
        QStringList lines{QStringLiteral("%1 broken expectations").arg(m_count)};
        for (const auto& [problem, faults] : m_groups.mid(0, 6)) {
            const QString which = faults.mid(0, 3).join(QStringLiteral(", ")) +
                                  (faults.size() > 3 ? QStringLiteral(", ...") : QString());
            lines << QStringLiteral("%1x %2 [%3]").arg(faults.size()).arg(problem, which);
        }
        if (m_groups.size() > 6)
            lines << QStringLiteral("and %1 other problems").arg(m_groups.size() - 6);
        return lines.join(QStringLiteral("\n  "));
    }

private:
    int m_count = 0;
    int m_runs = 0, m_failed = 0, m_passedThrough = 0, m_passed = 0;
    QList<QPair<QString, QStringList>> m_groups;
};

} // namespace faults

#define SL_VERIFY_VERDICTS(v) QVERIFY2((v).ok(), qPrintable((v).text()))
