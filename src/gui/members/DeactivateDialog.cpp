#include "gui/members/DeactivateDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"

#include "ui_DeactivateDialog.h"

#include <QLineEdit>

namespace sl {

DeactivateDialog::DeactivateDialog(const QString& memberName, const Date& date, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeactivateDialog>())
{
    Ui::DeactivateDialog& ui = *m_ui;
    ui.setupUi(this);
    setWindowTitle(tr("Deactivate %1").arg(memberName));
    enumcombo::fill<LeaveReason>(ui.reasonComboBox);
    enumcombo::select(ui.reasonComboBox, std::optional(LeaveReason::Retired));
    ui.leftOnDateField->setDate(date);
    m_form.errors().setForm(ui.formLayout);
    m_form.errors().add(QStringLiteral("date"), ui.dateLabel->text(),
                        ui.leftOnDateField->lineEdit(), ui.dateErrorLabel);
    m_form.errors().add(QStringLiteral("reason"), ui.reasonLabel->text(), ui.reasonComboBox,
                        ui.reasonErrorLabel);
    m_form.errors().add(QStringLiteral("note"), ui.noteLabel->text(), ui.noteLineEdit,
                        ui.noteErrorLabel);
    m_form.setUp(this, ui.buttonBox, ui.generalErrorLabel);
    connect(ui.leftOnDateField, &DateField::edited, this, &DeactivateDialog::validate);
    validate();
}

DeactivateDialog::~DeactivateDialog() = default;

Date DeactivateDialog::date() const
{
    return m_ui->leftOnDateField->date().value_or(Date());
}

LeaveReason DeactivateDialog::reason() const
{
    return enumcombo::value<LeaveReason>(m_ui->reasonComboBox).value_or(LeaveReason::Other);
}

QString DeactivateDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

void DeactivateDialog::validate()
{
    std::vector<Error> problems;
    if (!dates::isSet(date()))
        problems.push_back(
            Error::invalid(QStringLiteral("date"), tr("is required; type it like 2026-03-05")));
    m_form.showProblems(std::move(problems));
}

} // namespace sl
