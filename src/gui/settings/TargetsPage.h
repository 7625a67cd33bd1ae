#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Rubric.h"
#include "services/RubricService.h"

#include <QWidget>

class QAbstractSpinBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sl {

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

    QSpinBox* yearSpin() const { return m_year; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
    QDoubleSpinBox* cadreHoursEdit() const { return m_hoursCadre; }
    QSpinBox* notesEdit() const { return m_notes; }
    QSpinBox* cadreNotesEdit() const { return m_notesCadre; }
    QSpinBox* speechesEdit() const { return m_speeches; }
    QSpinBox* writingsEdit() const { return m_writings; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    // Saves; false (after telling the user) when refused.
    bool save();
    void restoreDefaults();

private:
    void build();
    void load(int year);
    void show(const Rubric& rubric);
    void validate();

    RubricService m_service;
    Ledger& m_ledger;
    Rubric m_stored;
    bool m_editable = false;
    FormErrors m_errors;
    QSpinBox* m_year = nullptr;
    QLabel* m_status = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QDoubleSpinBox* m_hoursCadre = nullptr;
    QSpinBox* m_notes = nullptr;
    QSpinBox* m_notesCadre = nullptr;
    QSpinBox* m_speeches = nullptr;
    QSpinBox* m_writings = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_defaults = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
