#include "gui/assessment/AssessmentDetailPane.h"

#include "gui/assessment/AssessmentTableModel.h"
#include "gui/common/GradeColours.h"
#include "gui/common/UiLanguage.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sl {

namespace {

QString of(std::optional<double> earned, double max)
{
    return AssessmentTableModel::points(earned) + QStringLiteral(" / ") +
           QString::number(max, 'f', 0);
}

QString hours(qint64 minutes)
{
    return QString::number(minutes / 60.0, 'f', 1);
}

} // namespace

AssessmentDetailPane::AssessmentDetailPane(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("assessmentDetailPane"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    setRow(nullptr, Rubric());
}

std::vector<AssessmentDetailPane::Line>
AssessmentDetailPane::linesOf(const AssessmentRow& row, const Rubric& rubric,
                              const AssessmentRow* published) const
{
    const MemberFigures& f = row.figures;
    const AssessmentResult& r = row.result;
    const QLocale locale;
    std::vector<Line> out;
    const double earnedPoints = f.present * rubric.pointsPresent + f.late * rubric.pointsLate +
                                f.earlyLeave * rubric.pointsEarlyLeave +
                                f.excused * rubric.pointsExcused + f.absent * rubric.pointsAbsent +
                                f.makeupDone * rubric.pointsMakeup;
    out.push_back(
        {tr("Attendance"),
         f.expected == 0
             ? tr("no attendance records: the component does not apply")
             : tr("%1 records: %2 present, %3 late, %4 left early, %5 excused, %6 absent, "
                  "%7 made up = %8 of %9 points")
                   .arg(f.expected)
                   .arg(f.present)
                   .arg(f.late)
                   .arg(f.earlyLeave)
                   .arg(f.excused)
                   .arg(f.absent)
                   .arg(f.makeupDone)
                   .arg(earnedPoints)
                   .arg(rubric.pointsPresent * f.expected),
         of(r.attendance, rubric.attendanceMax)});
    out.push_back(
        {tr("Hours"),
         tr("%1 collective + %2 self-study = %3 of %4 hours")
             .arg(hours(f.collectiveMinutes), hours(f.selfStudyMinutes), hours(f.totalMinutes()))
             .arg(rubric.hoursTargetFor(f.cadreLevel)),
         of(r.hours, rubric.hoursMax)});
    out.push_back({tr("Notes"),
                   tr("%1 of %2 characters")
                       .arg(locale.toString(f.notesChars),
                            locale.toString(rubric.notesTargetFor(f.cadreLevel))),
                   of(r.notes, rubric.notesMax)});
    out.push_back({tr("Speeches"),
                   tr("%1 of %2 speeches").arg(f.speeches).arg(rubric.speechesTarget),
                   of(r.speeches, rubric.speechesMax)});
    out.push_back({tr("Writings"),
                   tr("reflections %1, articles %2, reports %3 = %4 of %5 writing units")
                       .arg(f.reflections)
                       .arg(f.articles)
                       .arg(f.reports)
                       .arg(f.writingUnits())
                       .arg(rubric.writingsTarget),
                   of(r.writings, rubric.writingsMax)});
    out.push_back({tr("Score"), tr("points earned, out of 100 for the components that apply"),
                   QString::number(r.score, 'f', 1)});
    out.push_back({tr("Bonus"),
                   tr("%1 award(s) × %2, at most %3")
                       .arg(f.awards)
                       .arg(rubric.bonusPerAward)
                       .arg(rubric.bonusMax),
                   QString::number(r.bonus, 'f', 1)});
    out.push_back(
        {tr("Adjustment"), row.adjustmentReason.isEmpty() ? tr("none") : row.adjustmentReason,
         r.adjustment == 0 ? QString() : AssessmentTableModel::signedPoints(r.adjustment)});
    if (rubric.veto && f.absentNotMadeUp > 0)
        out.push_back({tr("Veto"),
                       tr("%1 absence(s) without make-up study: cannot be excellent%2")
                           .arg(f.absentNotMadeUp)
                           .arg(r.vetoed ? tr(" (lowered to pass)") : QString()),
                       QString()});
    out.push_back({tr("Final"), tr("%1, rank %2").arg(ui::label(r.grade)).arg(r.rank),
                   QString::number(r.final, 'f', 1)});
    if (published)
        out.push_back(
            {tr("Published"),
             tr("%1, rank %2").arg(ui::label(published->result.grade)).arg(published->result.rank),
             QString::number(published->result.final, 'f', 1)});
    return out;
}

void AssessmentDetailPane::setRow(const AssessmentRow* row, const Rubric& rubric,
                                  const AssessmentRow* published)
{
    m_lines.clear();
    if (!row) {
        m_title->setText(tr("Select a member to see the figures behind the assessment"));
        m_body->clear();
        return;
    }
    QString title = tr("%1 (%2)").arg(row->figures.name, row->figures.extId);
    if (!row->orgName.isEmpty())
        title += QStringLiteral(" · ") + row->orgName;
    if (row->role != GroupRole::Member)
        title += QStringLiteral(" · ") + ui::label(row->role);
    m_title->setText(title);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Line& line : linesOf(*row, rubric, published)) {
        m_lines << line.component + QStringLiteral(": ") + line.figures +
                       (line.points.isEmpty() ? QString() : QStringLiteral(" → ") + line.points);
        QString points = line.points.toHtmlEscaped();
        if (line.component == tr("Final"))
            points = QStringLiteral("<b style=\"color:%1\">%2</b>")
                         .arg(gradecolours::colour(row->result.grade).name(), points);
        html += QStringLiteral("<tr><td><b>%1</b></td><td style=\"padding-left:12px\">%2</td>"
                               "<td align=\"right\" style=\"padding-left:12px\">%3</td></tr>")
                    .arg(line.component.toHtmlEscaped(), line.figures.toHtmlEscaped(), points);
    }
    html += QStringLiteral("</table>");
    m_body->setText(html);
}

} // namespace sl
