#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Error.h"
#include "domain/StudySession.h"
#include "report/DocumentWriter.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace sl {

namespace Ui {
class SessionEditor;
}

class DateField;
class ExpertService;
class Ledger;
class MaterialsPanel;
class MinutesCombo;
class PlanService;
class RosterService;
class SessionDraft;
class SessionService;

// The session editor (UX.md): the fields of a 学习活动 in two columns — date, start, minutes,
// form, topic, "three musts" trigger, the plan item (choosing one fills topic and form), status
// on the left; speaker (a member of the group or an expert of the pool, or any name), host,
// recorder, location and the attached materials on the right; the minutes (纪要) below; the
// record (学习记录) of a saved held session to print or export. Every
// rule is checked as you type (SessionService::check) and the message names the field; Save
// stays disabled until the session is valid. Edits are undoable until saved; Esc asks before
// dropping them.
class SessionEditor : public QDialog
{
    Q_OBJECT

public:
    SessionEditor(Ledger& ledger, RosterService& roster, const StudySession& session,
                  QWidget* parent = nullptr);
    ~SessionEditor() override;

    // The session as the fields hold it.
    StudySession session() const;
    // Shows a session in the fields (the draft's changes by undo and redo; no command is pushed).
    void applySession(const StudySession& session);
    // The id after a successful save.
    qint64 savedId() const { return m_savedId; }
    bool isModified() const;
    QString errorText() const;
    std::vector<Error> problems() const { return m_problems; }

    QUndoStack* undoStack() const { return m_undo; }
    QPushButton* saveButton() const { return m_saveButton; }
    DateField* dateField() const;
    MinutesCombo* minutesCombo() const;
    QLineEdit* topicEdit() const;
    QComboBox* planItemCombo() const;
    QComboBox* speakerCombo() const;
    QComboBox* formCombo() const;
    MaterialsPanel* materials() const;

    // Attaches a file to the saved session (at once, undoable); false when refused.
    bool attachMaterial(const QString& path);

    // 学习记录 of the session as saved: Print… and Export as PDF, ODT or HTML… from the
    // button's menu, enabled for a saved held session (SessionDocuments).
    QPushButton* recordButton() const { return m_recordButton; }
    void printRecord();
    bool exportRecord(DocumentFormat format); // true when a file was written

public slots:
    void accept() override;
    void reject() override;

private:
    void setUpFields();
    void setUpUndo();
    void connectEdits();
    void takePlanItem();
    void fillPeople();
    void fillPlanItems();
    void edited(const QString& field);
    void validate();
    QString fieldLabel(const QString& key) const;

    std::unique_ptr<Ui::SessionEditor> m_ui;
    Ledger& m_ledger;
    RosterService& m_roster;
    std::unique_ptr<SessionService> m_service;
    std::unique_ptr<PlanService> m_plans;
    std::unique_ptr<ExpertService> m_experts;
    StudySession m_original;
    StudySession m_current;
    std::optional<Date> m_peopleDay; // the day the speaker list was filled for
    std::vector<Error> m_problems;
    QUndoStack* m_undo;
    SessionDraft* m_draft;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    bool m_applying = false;
    qint64 m_savedId = 0;
    int m_planYear = 0;

    QPushButton* m_saveButton = nullptr;
    QPushButton* m_recordButton = nullptr;
};

} // namespace sl
