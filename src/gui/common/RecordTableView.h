#pragma once

#include <QTableView>

namespace sl {

// The table of a member's records (self-study, writings, make-up owed): whole rows, single
// selection, comfortable fixed row height, the last column stretched; double-click or Enter
// emits activated().
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget* parent = nullptr);

    // The row of the current index, -1 when none.
    int currentRow() const;
    void goToRow(int row);
};

} // namespace sl
