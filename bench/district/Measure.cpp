#include "Measure.h"

#include <algorithm>
#include <vector>

namespace bench {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString seconds(double s)
{
    return s < 0 ? QStringLiteral("failed") : QStringLiteral("%1 s").arg(s, 0, 'f', s < 1 ? 3 : 2);
}

} // namespace

void Table::heading(const QString& title)
{
    m_out << "\n### " << title << "\n\n"
          << "| operation | program | anchor | ratio | goal | met | program peak |\n"
          << "|---|---|---|---|---|---|---|\n";
    m_out.flush();
}

void Table::pair(const QString& operation, const std::function<Sample()>& program,
                 const std::function<Sample()>& anchor, const QString& anchorName, double goal)
{
    std::vector<double> ours;
    std::vector<double> theirs;
    double peak = 0;
    for (int i = 0; i < m_pairs; ++i) {
        const Sample p = program();
        const Sample a = anchor();
        if (p.seconds < 0 || a.seconds < 0) {
            row(operation, p.seconds < 0 ? -1 : p.seconds, a.seconds < 0 ? -1 : a.seconds,
                anchorName, goal, p.peakMb);
            return;
        }
        ours.push_back(p.seconds);
        theirs.push_back(a.seconds);
        peak = std::max(peak, p.peakMb);
    }
    row(operation, median(ours), median(theirs), anchorName, goal, peak);
}

void Table::row(const QString& operation, double program, double anchor, const QString& anchorName,
                double goal, double peakMb)
{
    const bool measured = program >= 0 && anchor > 0;
    const double ratio = measured ? program / anchor : 0;
    const bool met = measured && (goal <= 0 || ratio <= goal);
    if (!met)
        ++m_missed;
    m_out << "| " << operation << " | " << seconds(program) << " | " << seconds(anchor) << " ("
          << anchorName << ") | " << (measured ? QStringLiteral("%1×").arg(ratio, 0, 'f', 2) : "—")
          << " | " << (goal > 0 ? QStringLiteral("≤ %1×").arg(goal) : QStringLiteral("—")) << " | "
          << (met ? "yes" : "**no**") << " | "
          << (peakMb > 0 ? QStringLiteral("%1 MB").arg(peakMb, 0, 'f', 0) : QStringLiteral("—"))
          << " |\n";
    m_out.flush();
}

} // namespace bench
