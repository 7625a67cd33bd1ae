#pragma once

#include <QString>
#include <QTextStream>

#include <functional>

namespace bench {

// One timed run: seconds (negative when it failed) and the peak memory of the process that did
// the work (0 when not known).
struct Sample
{
    double seconds = -1;
    double peakMb = 0;
};

// Runs the program and its anchor in alternating pairs (program, anchor, program, anchor …)
// and prints one row of the table: the medians, their ratio, the goal and whether the ratio
// meets it, and the program's peak memory.
class Table
{
public:
    explicit Table(QTextStream& out, int pairs) : m_out(out), m_pairs(pairs) {}

    void heading(const QString& title);
    // `goal` is the largest ratio allowed (0: none).
    void pair(const QString& operation, const std::function<Sample()>& program,
              const std::function<Sample()>& anchor, const QString& anchorName, double goal);
    // A row measured elsewhere (e.g. by another benchmark that alternates itself).
    void row(const QString& operation, double program, double anchor, const QString& anchorName,
             double goal, double peakMb);
    // Rows whose goal was missed so far.
    int missed() const { return m_missed; }

private:
    QTextStream& m_out;
    int m_pairs;
    int m_missed = 0;
};

} // namespace bench
