#include "gui/package/ExportPackageDialog.h"

#include "ui_ExportPackageDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

namespace sl {

ExportPackageDialog::ExportPackageDialog(const std::vector<Organisation>& organisations, int year,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPackageDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export Data Package"));
    for (const Organisation& o : organisations)
        m_ui->orgComboBox->addItem(o.extId + QLatin1Char(' ') + o.name, o.extId);
    m_ui->yearSpinBox->setValue(year);
    connect(m_ui->allYearsCheckBox, &QCheckBox::toggled, m_ui->yearSpinBox, &QWidget::setDisabled);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!organisations.empty());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportPackageDialog::~ExportPackageDialog() = default;

QString ExportPackageDialog::orgRef() const
{
    return m_ui->orgComboBox->currentData().toString();
}

int ExportPackageDialog::year() const
{
    return m_ui->allYearsCheckBox->isChecked() ? 0 : m_ui->yearSpinBox->value();
}

QComboBox* ExportPackageDialog::orgCombo() const
{
    return m_ui->orgComboBox;
}

QSpinBox* ExportPackageDialog::yearSpin() const
{
    return m_ui->yearSpinBox;
}

QCheckBox* ExportPackageDialog::allYearsCheck() const
{
    return m_ui->allYearsCheckBox;
}

} // namespace sl
