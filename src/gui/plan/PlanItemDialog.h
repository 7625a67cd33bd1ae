#pragma once

#include "domain/StudyPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sl {

class PlanService;

// A plan item (month, topic, form, lead speaker, "three musts"), checked as you type with
// PlanService::checkItem; Save stays disabled until the item is valid. The dialog does not
// save: the plan view does, as an undoable command.
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    PlanItemDialog(PlanService& service, const PlanItem& item, QWidget* parent = nullptr);

    PlanItem item() const;
    QString errorText() const;
    QPushButton* saveButton() const { return m_save; }
    QSpinBox* monthSpin() const { return m_month; }
    QLineEdit* topicEdit() const { return m_topic; }
    QLineEdit* leadEdit() const { return m_lead; }
    QComboBox* formCombo() const { return m_form; }

public slots:
    void reject() override;

private:
    void validate();

    PlanService& m_service;
    PlanItem m_original;
    QSpinBox* m_month;
    QLineEdit* m_topic;
    QComboBox* m_form;
    QLineEdit* m_lead;
    QComboBox* m_trigger;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace sl
