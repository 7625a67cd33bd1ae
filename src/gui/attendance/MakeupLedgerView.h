#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/AttendanceRecords.h"

#include "domain/DateBridge.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sl {

class GroupYearBar;
class Ledger;
class MakeupLedgerModel;
class MakeupService;
class MemberSearchField;
class PageBar;
class RosterService;

// 补学台账: every 请假 / 缺席 record of the year's held sessions, filterable by group, member
// (found by typing) and state (owed / done), a page of ui::pageRows lines at a time; the selected
// line's make-up study is recorded with a date and a note, or cleared again — each an undoable
// step (SetMakeupCommand) on the ledger's own stack, the attendance area's while it is shown.
class MakeupLedgerView : public QWidget
{
    Q_OBJECT

public:
    MakeupLedgerView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~MakeupLedgerView() override;

    void reload();
    MakeupLedgerModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    GroupYearBar* groupYear() const { return m_bar; }
    MemberSearchField* memberFilter() const { return m_member; }
    PageBar* pageBar() const { return m_pages; }
    QComboBox* stateFilter() const { return m_state; }
    QUndoStack* undoStack() const { return m_undo; }
    // Records the make-up study of line `row`; false (the user told) when refused.
    bool recordMakeup(int row, const Date& date, const QString& note);
    bool clearMakeup(int row);

private:
    void recordCurrent();

    std::unique_ptr<MakeupService> m_service;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    GroupYearBar* m_bar;
    MemberSearchField* m_member;
    QComboBox* m_state;
    PageBar* m_pages;
    MakeupLedgerModel* m_model;
    QTableView* m_table;
    MakeupQuery::SortKey m_sortKey = MakeupQuery::SortKey::SessionDate; // by a header click
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLabel* m_count;
    QPushButton* m_record;
    QPushButton* m_clear;
};

} // namespace sl
