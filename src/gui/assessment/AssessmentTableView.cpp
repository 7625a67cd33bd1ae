#include "gui/assessment/AssessmentTableView.h"

#include "gui/assessment/AssessmentTableModel.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/UiLanguage.h"

#include <QHeaderView>

#include <algorithm>

namespace sl {

AssessmentTableView::AssessmentTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("assessmentTableView"));
}

void AssessmentTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    RecordTableView::setUpRows(this);
    horizontalHeader()->setStretchLastSection(false); // the rank stays narrow
    setSortingEnabled(true);
    sortByColumn(AssessmentTableModel::Rank, Qt::AscendingOrder);
    setColumnWidth(AssessmentTableModel::ExtId, 90);
    setColumnWidth(AssessmentTableModel::Name, 72);
    setColumnWidth(AssessmentTableModel::Org, 170);
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    int gradeWidth = 0;
    for (Grade g : {Grade::Excellent, Grade::Pass, Grade::BasicPass, Grade::Fail})
        gradeWidth = std::max(gradeWidth, metrics.horizontalAdvance(ui::label(g)));
    for (int c = AssessmentTableModel::Attendance; c < AssessmentTableModel::ColumnCount; ++c) {
        int width = metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString());
        if (c == AssessmentTableModel::GradeColumn || c == AssessmentTableModel::PublishedGrade)
            width = std::max(width, gradeWidth);
        setColumnWidth(c, std::max(52, width + 18));
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace sl
