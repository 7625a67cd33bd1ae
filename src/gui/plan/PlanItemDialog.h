#pragma once

#include "domain/StudyPlan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sl {

namespace Ui {
class PlanItemDialog;
}

class PlanService;

// A plan item (month, topic, form, lead speaker, "three musts"), checked as you type with
// PlanService::checkItem; Save stays disabled until the item is valid. The dialog does not
// save: the plan view does, as an undoable command.
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    PlanItemDialog(PlanService& service, const PlanItem& item, QWidget* parent = nullptr);
    ~PlanItemDialog() override;

    PlanItem item() const;
    QString errorText() const;
    QPushButton* saveButton() const { return m_save; }
    QSpinBox* monthSpin() const;
    QLineEdit* topicEdit() const;
    QLineEdit* leadEdit() const;
    QComboBox* formCombo() const;

public slots:
    void reject() override;

private:
    void validate();

    void load(const PlanItem& item);

    std::unique_ptr<Ui::PlanItemDialog> m_ui;
    PlanService& m_service;
    PlanItem m_original;
    QPushButton* m_save;
};

} // namespace sl
