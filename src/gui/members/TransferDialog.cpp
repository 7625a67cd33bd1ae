#include "gui/members/TransferDialog.h"

#include "gui/common/DateField.h"

#include "ui_TransferDialog.h"

#include <QComboBox>
#include <QLineEdit>

namespace sl {

TransferDialog::TransferDialog(const QString& memberName, qint64 fromOrgId,
                               const BranchForm::Choices& orgs, const Date& date, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TransferDialog>()), m_fromOrgId(fromOrgId)
{
    Ui::TransferDialog& ui = *m_ui;
    ui.setupUi(this);
    setWindowTitle(tr("Transfer %1").arg(memberName));
    BranchForm::fillChoices(ui.orgComboBox, orgs, tr("(choose an organisation)"), 0);
    ui.transferDateField->setDate(date);
    m_form.errors().setForm(ui.formLayout);
    m_form.errors().add(QStringLiteral("org_id"), ui.orgLabel->text(), ui.orgComboBox,
                        ui.orgErrorLabel);
    m_form.errors().add(QStringLiteral("date"), ui.dateLabel->text(),
                        ui.transferDateField->lineEdit(), ui.dateErrorLabel);
    m_form.setUp(this, ui.buttonBox, ui.generalErrorLabel);
    connect(ui.orgComboBox, &QComboBox::currentIndexChanged, this, &TransferDialog::validate);
    connect(ui.transferDateField, &DateField::edited, this, &TransferDialog::validate);
    validate();
}

TransferDialog::~TransferDialog() = default;

qint64 TransferDialog::orgId() const
{
    return m_ui->orgComboBox->currentData().toLongLong();
}

Date TransferDialog::date() const
{
    return m_ui->transferDateField->date().value_or(Date());
}

void TransferDialog::validate()
{
    std::vector<Error> problems;
    if (orgId() == 0)
        problems.push_back(Error::invalid(QStringLiteral("org_id"), tr("is required")));
    else if (orgId() == m_fromOrgId)
        problems.push_back(
            Error::invalid(QStringLiteral("org_id"), tr("is the member's own organisation")));
    if (!dates::isSet(date()))
        problems.push_back(
            Error::invalid(QStringLiteral("date"), tr("is required; type it like 2026-03-05")));
    m_form.showProblems(std::move(problems));
}

} // namespace sl
