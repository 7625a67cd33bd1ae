#pragma once

#include "domain/DashboardFigures.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QPieSeries;

namespace sl {

// The four charts of the dashboard in a 2×2 grid (UX.md "Dashboard"): sessions held per month
// against the plan items due, the participation rate per month, the members' hours against
// their prorated target (a histogram of bands) and the grades of the year. A click on a bar or
// a slice asks for the records behind it.
class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void setDashboard(const Dashboard& dashboard);
    void clear();

    QChartView* sessionsView() const { return m_sessionsView; }
    QChartView* participationView() const { return m_participationView; }
    QChartView* hoursView() const { return m_hoursView; }
    QChartView* gradesView() const { return m_gradesView; }
    // The series shown (null before the first dashboard).
    QBarSet* heldSet() const { return m_held; }
    QBarSet* plannedSet() const { return m_planned; }
    QBarSet* participationSet() const { return m_participation; }
    // One set per hours band, each with its count at the band's index (the bars are stacked so
    // that every band has its own colour).
    QBarSet* bandSet(HoursBand band) const { return m_bands[size_t(band)]; }
    QPieSeries* gradeSeries() const { return m_grades; }

signals:
    // The index of a month of Dashboard::months.
    void monthClicked(int month);
    void bandClicked(sl::HoursBand band);
    void gradeClicked(sl::Grade grade);

private:
    static QChart* resetChart(QChartView* view, const QString& title);
    void showSessions(const Dashboard& d, const QStringList& months);
    void showParticipation(const Dashboard& d, const QStringList& months);
    void showHours(const Dashboard& d);
    void showGrades(const Dashboard& d);

    QChartView* m_sessionsView;
    QChartView* m_participationView;
    QChartView* m_hoursView;
    QChartView* m_gradesView;
    QBarSet* m_held = nullptr;
    QBarSet* m_planned = nullptr;
    QBarSet* m_participation = nullptr;
    std::array<QBarSet*, kHoursBandCount> m_bands{};
    QPieSeries* m_grades = nullptr;
};

} // namespace sl
