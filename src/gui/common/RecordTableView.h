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

    // The look every list table of the application shares: whole rows, single selection, no
    // editing, alternating colours, no wrapping, no row numbers, the last column stretched.
    static void setUpRows(QTableView* table);
    // setUpRows, with fixed row heights, no corner button and no highlighted header sections.
    static void setUpFixedRows(QTableView* table);

    // The row of the current index in the model under the table's sort proxy (if any), -1 when
    // none; goToRow takes such a row too.
    int currentRow() const;
    void goToRow(int row);
};

} // namespace sl
