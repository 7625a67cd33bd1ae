#include "gui/registers/ModelStatusDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/UiLanguage.h"

#include "services/Clock.h"

#include "ui_ModelStatusDialog.h"

namespace sl {

ModelStatusDialog::ModelStatusDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ModelStatusDialog>())
{
    m_ui->setupUi(this);
    m_ui->statusComboBox->addItem(ui::label(ModelStatus::Recognised), int(ModelStatus::Recognised));
    m_ui->statusComboBox->addItem(ui::label(ModelStatus::Revoked), int(ModelStatus::Revoked));
    m_ui->dateField->setDate(Clock::today());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ModelStatusDialog::~ModelStatusDialog() = default;

ModelStatus ModelStatusDialog::status() const
{
    return ModelStatus(m_ui->statusComboBox->currentData().toInt());
}

Date ModelStatusDialog::date() const
{
    return m_ui->dateField->date().value_or(Date());
}

QString ModelStatusDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

} // namespace sl
