#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Rubric.h"
#include "services/RubricService.h"

#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace sl {

namespace Ui {
class TargetsPage;
}

class Ledger;

// Settings › 年度目标: the targets per member of a year (METRICS.md "Targets"): hours and notes
// for ordinary members and for cadres, speeches and writing units. A year without its own
// targets uses the defaults; 恢复默认值 puts them back. Checked as you type through
// RubricService::check, each message naming its field; only an administrator (or single-user
// mode) saves, and not once the year's results are published. The other parts of the rubric
// (weights, points, grades) are kept as they are.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPage(Ledger& ledger, QWidget* parent = nullptr);
    ~TargetsPage() override;

    int year() const;
    // Shows the targets of `year` (asking first when changes would be lost); false when the
    // user keeps the changes.
    bool setYear(int year);
    // The rubric as the fields describe it.
    Rubric rubric() const;
    bool isModified() const;
    bool canSave() const;
    bool isEditable() const { return m_editable; }
    QString errorText(const QString& field) const;
    QString statusText() const;

    QSpinBox* yearSpin() const;
    QDoubleSpinBox* hoursEdit() const;
    QDoubleSpinBox* cadreHoursEdit() const;
    QSpinBox* notesEdit() const;
    QSpinBox* cadreNotesEdit() const;
    QSpinBox* speechesEdit() const;
    QSpinBox* writingsEdit() const;
    QPushButton* saveButton() const;

public slots:
    // Saves; false (after telling the user) when refused.
    bool save();
    void restoreDefaults();

private:
    void setUpFields();
    void connectEdits();
    void load(int year);
    void show(const Rubric& rubric);
    void validate();

    std::unique_ptr<Ui::TargetsPage> m_ui;
    RubricService m_service;
    Ledger& m_ledger;
    Rubric m_stored;
    bool m_editable = false;
    FormErrors m_errors;
};

} // namespace sl
