#pragma once

#include <QTableView>

namespace sl {

// The look of the assessment table: whole rows, sortable (by rank at first), the number, name and
// organisation wide enough for Chinese names, the figure columns as wide as their headings (the
// grade columns as wide as the longest grade), the rank kept narrow.
class AssessmentTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AssessmentTableView(QWidget* parent = nullptr);

    // Sets the model (an AssessmentTableModel, or a proxy of one) and sizes the columns.
    void setModel(QAbstractItemModel* model) override;
};

} // namespace sl
