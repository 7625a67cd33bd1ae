#pragma once

#include "gui/common/MemberRecordsView.h"

#include "services/WritingService.h"

class QAction;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace sl {

class Ledger;
class WritingDialog;
class WritingTableModel;

// 心得与调研: the member's writings of a period; + New (Ctrl+N) adds one, double-click or Enter
// edits, Delete removes after asking. A secretary sets the appraisal result in the dialog.
class WritingsView : public MemberRecordsView
{
    Q_OBJECT

public:
    WritingsView(Ledger& ledger, RosterService& roster, MemberContext& context,
                 QWidget* parent = nullptr);

    WritingTableModel* model() const { return m_model; }
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
    WritingTableModel* m_model;
    QPushButton* m_newButton = nullptr;
    QSplitter* m_split = nullptr;
    QTextBrowser* m_preview = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace sl
