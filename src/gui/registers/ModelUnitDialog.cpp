#include "gui/registers/ModelUnitDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"

#include "services/Clock.h"
#include "services/RosterService.h"

#include "ui_ModelUnitDialog.h"

namespace sl {

ModelUnitDialog::ModelUnitDialog(RosterService& roster, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ModelUnitDialog>())
{
    m_ui->setupUi(this);
    if (auto orgs = roster.organisations()) {
        for (const Organisation& o : *orgs)
            m_ui->orgComboBox->addItem(o.name, o.id);
    }
    enumcombo::fill<ModelKind>(m_ui->kindComboBox);
    m_ui->yearSpinBox->setValue(Clock::today().year());
    m_ui->appliedOnDateField->setDate(Clock::today());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ModelUnitDialog::~ModelUnitDialog() = default;

void ModelUnitDialog::setUnit(const ModelUnit& unit)
{
    m_unit = unit;
    setWindowTitle(tr("Edit — %1").arg(unit.name));
    m_ui->nameLineEdit->setText(unit.name);
    m_ui->orgComboBox->setCurrentIndex(std::max(m_ui->orgComboBox->findData(unit.orgId), 0));
    enumcombo::select(m_ui->kindComboBox, std::optional(unit.kind));
    m_ui->yearSpinBox->setValue(unit.year);
    m_ui->formLayout->setRowVisible(m_ui->appliedOnDateField, false);
    m_ui->formLayout->setRowVisible(m_ui->noteLineEdit, false);
}

ModelUnit ModelUnitDialog::unit() const
{
    ModelUnit unit = m_unit;
    unit.name = m_ui->nameLineEdit->text().trimmed();
    unit.orgId = m_ui->orgComboBox->currentData().toLongLong();
    unit.kind = enumcombo::value<ModelKind>(m_ui->kindComboBox).value_or(ModelKind::DemoSite);
    unit.year = m_ui->yearSpinBox->value();
    return unit;
}

Date ModelUnitDialog::appliedOn() const
{
    return m_ui->appliedOnDateField->date().value_or(Date());
}

QString ModelUnitDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

} // namespace sl
