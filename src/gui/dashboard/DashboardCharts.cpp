#include "gui/dashboard/DashboardCharts.h"

#include "gui/attendance/AttendanceColours.h"
#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace sl {

namespace {

// Plan items: the quiet grey of 列席 (something expected, not a status).
const QColor planColour(0xa8, 0xa8, 0xa8);

QColor bandColour(HoursBand band)
{
    switch (band) {
    case HoursBand::Below25:
        return attendancecolours::text(AttendanceStatus::Absent);
    case HoursBand::Below50:
        return QColor(0xd9, 0x73, 0x1a);
    case HoursBand::Below75:
        return attendancecolours::text(AttendanceStatus::Late);
    case HoursBand::Below100:
        return QColor(0x7c, 0xb3, 0x42);
    case HoursBand::AtLeast100:
        return attendancecolours::text(AttendanceStatus::Present);
    }
    return {};
}

QChartView* makeView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    return view;
}

// A count axis: whole numbers from 0, at least up to 1.
QValueAxis* countAxis(int max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1, max));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent), m_sessionsView(makeView(QStringLiteral("sessionsChartView"), this)),
      m_participationView(makeView(QStringLiteral("participationChartView"), this)),
      m_hoursView(makeView(QStringLiteral("hoursChartView"), this)),
      m_gradesView(makeView(QStringLiteral("gradesChartView"), this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_sessionsView, 0, 0);
    grid->addWidget(m_participationView, 0, 1);
    grid->addWidget(m_hoursView, 1, 0);
    grid->addWidget(m_gradesView, 1, 1);
    clear();
}

QChart* DashboardCharts::resetChart(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    QFont font = view->font();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setFont(view->font());
    return chart;
}

void DashboardCharts::clear()
{
    resetChart(m_sessionsView, tr("Sessions per month against the plan"));
    resetChart(m_participationView, tr("Participation rate per month"));
    resetChart(m_hoursView, tr("Members' hours against their target"));
    resetChart(m_gradesView, tr("Grades of the year"));
    m_held = m_planned = m_participation = nullptr;
    m_bands.fill(nullptr);
    m_grades = nullptr;
}

void DashboardCharts::setDashboard(const Dashboard& d)
{
    clear();
    QStringList months;
    for (const MonthFigures& m : d.months)
        months << QLocale().monthName(m.month, QLocale::ShortFormat);
    showSessions(d, months);
    showParticipation(d, months);
    showHours(d);
    showGrades(d);
}

void DashboardCharts::showSessions(const Dashboard& d, const QStringList& months)
{
    QChart* chart = resetChart(m_sessionsView, tr("Sessions per month against the plan"));
    m_held = new QBarSet(tr("Held"));
    m_held->setColor(attendancecolours::text(AttendanceStatus::Present));
    m_planned = new QBarSet(tr("Plan items"));
    m_planned->setColor(planColour);
    int max = 0;
    for (const MonthFigures& m : d.months) {
        m_held->append(m.sessionsHeld);
        m_planned->append(m.planItems);
        max = std::max({max, m.sessionsHeld, m.planItems});
    }
    auto* series = new QBarSeries;
    series->append(m_held);
    series->append(m_planned);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(m_held, &QBarSet::clicked, this, &DashboardCharts::monthClicked);
    connect(m_planned, &QBarSet::clicked, this, &DashboardCharts::monthClicked);
}

void DashboardCharts::showParticipation(const Dashboard& d, const QStringList& months)
{
    QChart* chart = resetChart(m_participationView,
                               tr("Participation rate per month (%L1 of %L2 records attended)")
                                   .arg(d.attended())
                                   .arg(d.expected()));
    m_participation = new QBarSet(tr("Participation"));
    m_participation->setColor(attendancecolours::text(AttendanceStatus::Present));
    for (const MonthFigures& m : d.months)
        m_participation->append(100.0 * m.participationRate());
    auto* series = new QBarSeries;
    series->append(m_participation);
    series->setLabelsVisible(d.months.size() <= 6);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // The threshold below which a sub-organisation lags, as a dashed amber line.
    auto* threshold = new QLineSeries;
    threshold->setName(tr("80 %"));
    const double last = double(std::max<size_t>(d.months.size(), 1)) - 0.5;
    threshold->append(-0.5, 100.0 * dashboard::kLaggingParticipation);
    threshold->append(last, 100.0 * dashboard::kLaggingParticipation);
    QPen pen(attendancecolours::text(AttendanceStatus::Late));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    threshold->setPen(pen);
    chart->addSeries(threshold);
    threshold->attachAxis(x);
    threshold->attachAxis(y);
    chart->legend()->hide();
    connect(m_participation, &QBarSet::clicked, this, &DashboardCharts::monthClicked);
}

void DashboardCharts::showHours(const Dashboard& d)
{
    QChart* chart = resetChart(
        m_hoursView,
        tr("Members' hours against their target (%L1 members)").arg(int(d.members.size())));
    // Axis labels are rich text: no "<" in them.
    const QStringList bands{tr("0–25 %"), tr("25–50 %"), tr("50–75 %"), tr("75–100 %"),
                            tr("≥ 100 %")};
    auto* series = new QStackedBarSeries;
    int max = 0;
    for (int b = 0; b < kHoursBandCount; ++b) {
        auto* set = new QBarSet(bands[b]);
        set->setColor(bandColour(HoursBand(b)));
        for (int i = 0; i < kHoursBandCount; ++i)
            set->append(i == b ? d.hours[size_t(b)] : 0);
        max = std::max(max, d.hours[size_t(b)]);
        m_bands[size_t(b)] = set;
        series->append(set);
        connect(set, &QBarSet::clicked, this,
                [this](int index) { emit bandClicked(HoursBand(index)); });
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(bands);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
}

void DashboardCharts::showGrades(const Dashboard& d)
{
    QChart* chart =
        resetChart(m_gradesView,
                   tr("Grades of %1 (%L2 assessed)").arg(d.period.from.year()).arg(d.assessed()));
    m_grades = new QPieSeries;
    for (int g = 0; g < int(d.grades.size()); ++g) {
        const int count = d.grades[size_t(g)];
        QPieSlice* slice =
            m_grades->append(QStringLiteral("%1 %L2").arg(ui::label(Grade(g))).arg(count), count);
        slice->setColor(gradecolours::colour(Grade(g)));
        // Small slices keep their count in the legend only: their labels would overlap.
        slice->setLabelVisible(d.assessed() > 0 && count * 20 >= d.assessed());
        slice->setProperty("grade", g);
    }
    m_grades->setPieSize(0.6);
    m_grades->setVerticalPosition(0.55);
    chart->addSeries(m_grades);
    chart->legend()->setAlignment(Qt::AlignRight);
    connect(m_grades, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        emit gradeClicked(Grade(slice->property("grade").toInt()));
    });
}

} // namespace sl
