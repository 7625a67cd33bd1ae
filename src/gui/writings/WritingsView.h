#pragma once

#include "services/WritingService.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace sl {

class Ledger;
class MemberContext;
class MemberPicker;
class PeriodFilterCombo;
class RecordTableView;
class RosterService;
class WritingDialog;
class WritingTableModel;

// 心得与调研: the member's writings of a period; + New (Ctrl+N) adds one, double-click or Enter
// edits, Delete removes after asking. A secretary sets the appraisal result in the dialog.
class WritingsView : public QWidget
{
    Q_OBJECT

public:
    WritingsView(Ledger& ledger, RosterService& roster, MemberContext& context,
                 QWidget* parent = nullptr);

    RecordTableView* table() const { return m_table; }
    WritingTableModel* model() const { return m_model; }
    PeriodFilterCombo* periodFilter() const { return m_period; }
    MemberPicker* memberPicker() const { return m_picker; }
    QString summaryText() const;
    QString emptyText() const;
    // The selected writing as the pane under the list shows it.
    QString previewText() const;
    QList<QAction*> editActions() const;

    qint64 currentWritingId() const;
    bool selectWriting(qint64 id);
    // The dialog for writing `id` (0: a new one of the current member), not yet shown; null
    // (after telling the user) when it cannot be read.
    WritingDialog* createDialog(qint64 id);

public slots:
    void reload();
    void newWriting();
    void editCurrent();
    void deleteCurrent();

private:
    void buildActions();
    bool openDialog(qint64 id);
    void updateActions();
    void showPreview();

    WritingService m_service;
    Ledger& m_ledger;
    RosterService& m_roster;
    MemberContext& m_context;
    WritingTableModel* m_model;
    MemberPicker* m_picker = nullptr;
    PeriodFilterCombo* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_newButton = nullptr;
    QStackedWidget* m_listStack = nullptr;
    RecordTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QSplitter* m_split = nullptr;
    QTextBrowser* m_preview = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace sl
