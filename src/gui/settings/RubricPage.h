#pragma once

#include "gui/common/FormErrors.h"
#include "gui/common/LedgerCommand.h"
#include "gui/common/PendingChanges.h"

#include "domain/Rubric.h"
#include "services/RubricService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace sl {

namespace Ui {
class RubricPage;
}

class Ledger;

// Settings › 考核细则: the rubric of a year (METRICS.md "Targets" and "Default assessment
// rubric"): the maxima of the five components (their sum shown live, it must be 100), the
// attendance points per status and the make-up credit, the targets for ordinary members and
// cadres, the bonus per award and its cap, the grade bounds (descending) and whether the veto
// applies that year. A year without a rubric of its own shows the defaults;
// 恢复默认值 puts them back. Every field is checked as you type through RubricService::check,
// each message beside its field, and Save stays disabled until the rubric is valid. Only an
// administrator (or single-user mode) saves, and not once the year's results are published.
// A save is one step of the page's undo stack.
class RubricPage : public QWidget, public PendingChanges
{
    Q_OBJECT

public:
    explicit RubricPage(Ledger& ledger, QWidget* parent = nullptr);
    ~RubricPage() override;

    int year() const;
    // Shows the rubric of `year` (asking first when changes would be lost); false when the user
    // keeps the changes.
    bool setYear(int year);
    // The rubric as the fields describe it.
    Rubric rubric() const;
    bool isModified() const;

    // PendingChanges: fields changed and not saved (MainWindow asks before they are lost).
    bool hasPendingChanges() const override { return isModified(); }
    bool savePendingChanges() override { return save(); }
    void discardPendingChanges() override { load(m_stored.year); }
    QString pendingChangesQuestion() const override;
    bool canSave() const;
    bool isEditable() const { return m_editable; }
    // Whether the fields accept input (editable account, year not published).
    bool isReadOnly() const;
    QString errorText(const QString& field) const;
    QString statusText() const;
    QString sumText() const;
    QString vetoText() const;

    QSpinBox* yearSpin() const;
    // The field of a rubrics column ("attendance_max", "points_late", "grade_pass" …); null for
    // an unknown one.
    QDoubleSpinBox* field(const QString& key) const;
    // The veto of the year (on by default).
    QCheckBox* vetoCheck() const;
    QPushButton* saveButton() const;
    QPushButton* restoreDefaultsButton() const;
    QUndoStack* undoStack() const { return m_undo; }

public slots:
    // Saves (an undoable step); false (after telling the user) when refused.
    bool save();
    void restoreDefaults();

private:
    void setUpFields();
    void connectEdits();
    void load(int year);
    void show(const Rubric& rubric);
    void validate();

    std::unique_ptr<Ui::RubricPage> m_ui;
    RubricService m_service;
    Ledger& m_ledger;
    Rubric m_stored;
    bool m_editable = false;
    FormErrors m_errors;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
};

} // namespace sl
