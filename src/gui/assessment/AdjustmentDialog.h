#pragma once

#include "services/AssessmentService.h"

#include <QDialog>

#include <memory>

class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

namespace sl {

namespace Ui {
class AdjustmentDialog;
}

// The manual adjustment of one member's final (学习考核): the points to add or take (−100 … 100,
// not 0) and the reason, which is required. It checks as you type, names the field at fault,
// keeps Save disabled until both are valid and shows the final the adjustment gives. The dialog
// does not save: the assessment view does, as an undoable command.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    AdjustmentDialog(const AssessmentRow& row, QWidget* parent = nullptr);
    ~AdjustmentDialog() override;

    double delta() const;
    QString reason() const;

    QDoubleSpinBox* deltaSpin() const;
    QLineEdit* reasonEdit() const;
    QPushButton* saveButton() const { return m_save; }
    QString errorText() const;

public slots:
    // Asks before dropping a changed adjustment (Esc, Cancel).
    void reject() override;

private:
    void validate();

    std::unique_ptr<Ui::AdjustmentDialog> m_ui;
    AssessmentResult m_result;
    double m_initialDelta;
    QString m_initialReason;
    QPushButton* m_save = nullptr;
};

} // namespace sl
