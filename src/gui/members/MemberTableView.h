#pragma once

#include <QTableView>

namespace sl {

class MemberTableModel;

// The members table: whole-row selection, comfortable fixed row height, sorting by the
// columns the database can sort (others keep the order), columns sized once to the first rows
// shown and within the table's width.
class MemberTableView : public QTableView
{
    Q_OBJECT

public:
    explicit MemberTableView(MemberTableModel* model, QWidget* parent = nullptr);

    // Column widths and order saved with QHeaderView::saveState; true when restored.
    bool restoreColumns(const QByteArray& state);
    QByteArray saveColumns() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Once, when there are rows and the table has its width.
    void fitColumns();

    MemberTableModel* m_model;
    bool m_columnsSized = false;
};

} // namespace sl
