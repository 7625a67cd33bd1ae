#include "gui/assessment/AdjustmentDialog.h"

#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "domain/Assessment.h"

#include "ui_AdjustmentDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace sl {

AdjustmentDialog::AdjustmentDialog(const AssessmentRow& row, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AdjustmentDialog>()), m_result(row.result),
      m_initialDelta(row.result.adjustment), m_initialReason(row.adjustmentReason.trimmed())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Adjust the Assessment of %1").arg(row.figures.name));
    m_ui->memberLabel->setTextFormat(Qt::PlainText);
    m_ui->memberLabel->setText(tr("%1 (%2): final %3, %4")
                                   .arg(row.figures.name, row.figures.extId,
                                        QString::number(row.result.final, 'f', 1),
                                        ui::label(row.result.grade)));
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_ui->deltaDoubleSpinBox->setValue(row.result.adjustment);
    m_ui->reasonLineEdit->setText(row.adjustmentReason);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AdjustmentDialog::reject);
    connect(m_ui->deltaDoubleSpinBox, &QDoubleSpinBox::valueChanged, this,
            &AdjustmentDialog::validate);
    connect(m_ui->reasonLineEdit, &QLineEdit::textChanged, this, &AdjustmentDialog::validate);
    validate();
}

AdjustmentDialog::~AdjustmentDialog() = default;

double AdjustmentDialog::delta() const
{
    return m_ui->deltaDoubleSpinBox->value();
}

QString AdjustmentDialog::reason() const
{
    return m_ui->reasonLineEdit->text().trimmed();
}

QDoubleSpinBox* AdjustmentDialog::deltaSpin() const
{
    return m_ui->deltaDoubleSpinBox;
}

QLineEdit* AdjustmentDialog::reasonEdit() const
{
    return m_ui->reasonLineEdit;
}

QString AdjustmentDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void AdjustmentDialog::validate()
{
    QStringList lines;
    if (delta() == 0)
        lines << tr("Adjustment: type the points to add or take away (not 0)");
    if (reason().isEmpty())
        lines << tr("Reason: an adjustment needs a reason");
    FormErrors::setMarked(m_ui->deltaDoubleSpinBox, delta() == 0);
    FormErrors::setMarked(m_ui->reasonLineEdit, reason().isEmpty());
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty());

    const double base = std::min(100.0, m_result.score + m_result.bonus);
    const double final =
        Assessment::roundHalfAwayFromZero(std::clamp(base + delta(), 0.0, 100.0), 1);
    m_ui->previewLabel->setText(
        tr("%1 → %2").arg(QString::number(m_result.final, 'f', 1), QString::number(final, 'f', 1)));
}

void AdjustmentDialog::reject()
{
    const bool changed = delta() != m_initialDelta || reason() != m_initialReason;
    if (changed && MessageBoxes::question(this, windowTitle(), tr("Drop this adjustment?")) !=
                       QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace sl
