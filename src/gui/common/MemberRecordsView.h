#pragma once

#include "domain/DateBridge.h"
#include "services/LedgerEvents.h"

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace sl {

class MemberContext;
class MemberPicker;
class PeriodFilterCombo;
class RecordTableView;
class RosterService;
class ViewHeader;

// What the views of one member's records (self-study, writings) share: the header with the
// member chooser, the period bar with its summary, the table with its empty state in its place,
// and the reload when the member's records of their kind change. The subclass keeps the model,
// the actions and every word it shows.
class MemberRecordsView : public QWidget
{
    Q_OBJECT

public:
    RecordTableView* table() const { return m_table; }
    QLineEdit* filterField() const { return m_filter; }
    PeriodFilterCombo* periodFilter() const { return m_period; }
    MemberPicker* memberPicker() const { return m_picker; }
    QString summaryText() const;
    QString emptyText() const;

protected:
    MemberRecordsView(RosterService& roster, MemberContext& context, const QString& title,
                      QWidget* parent);

    // The period chooser under its label (periodText, with its mnemonic), then the summary.
    QHBoxLayout* buildPeriodBar(const QString& periodText, const QString& periodName);
    // The table over model and the empty-state label that stands in for it; the context menu
    // offers menuActions (a null one: a separator).
    void buildList(QAbstractItemModel* model, const QString& tableName,
                   const QList<QAction*>& menuActions);
    // Reload (when the view is shown) as the records of `kind` of the member shown change.
    void followRecords(LedgerEvents& events, LedgerChanges::Record kind,
                       std::function<void()> reload);

    // The day the period chooser counts from: today in the window's year (the context's), else
    // the last day of that year ("this month" of 2025 is December 2025).
    Date referenceDate() const;
    // Goes to row (false when it is -1).
    bool goToRecordRow(int row);
    // Goes to the row nearest previousRow, when there is any.
    void keepRowNear(int previousRow);
    // The list, or in its place problem, else noMember (nobody chosen), else noRows.
    void showListOr(const QString& problem, const QString& noMember, const QString& noRows);

    MemberContext& m_context;
    ViewHeader* m_header = nullptr;
    MemberPicker* m_picker = nullptr;
    PeriodFilterCombo* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QHBoxLayout* m_periodBar = nullptr;
    QLineEdit* m_filter = nullptr; // filters the table as it is typed
    QStackedWidget* m_listStack = nullptr;
    RecordTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace sl
