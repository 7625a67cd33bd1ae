#pragma once

#include "services/AssessmentService.h"

#include <QWidget>

class QLabel;

namespace sl {

// The figures behind one member's assessment, component by component: the attendance records
// and their points, collective and self-study hours against the target, notes characters,
// speeches and writing units against theirs, awards → bonus, the adjustment with its reason,
// the veto, the final and grade — and the published result when there is one.
class AssessmentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentDetailPane(QWidget* parent = nullptr);

    // Shows `row` (null: nothing selected) assessed by `rubric`; `published` is the member's
    // published row, if any.
    void setRow(const AssessmentRow* row, const Rubric& rubric,
                const AssessmentRow* published = nullptr);
    // What the pane shows, one line per component ("component: figures → points").
    QStringList lines() const { return m_lines; }

private:
    struct Line
    {
        QString component;
        QString figures;
        QString points;
    };
    std::vector<Line> linesOf(const AssessmentRow& row, const Rubric& rubric,
                              const AssessmentRow* published) const;

    QLabel* m_title;
    QLabel* m_body;
    QStringList m_lines;
};

} // namespace sl
