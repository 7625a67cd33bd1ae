#include "gui/members/MembershipDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"

#include "domain/RosterRules.h"

#include "ui_MembershipDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace sl {

MembershipDialog::MembershipDialog(const GroupMembership& membership, const QString& memberName,
                                   const BranchForm::Choices& groups, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MembershipDialog>()), m_record(membership)
{
    Ui::MembershipDialog& ui = *m_ui;
    ui.setupUi(this);
    setWindowTitle(tr("Study Group of %1").arg(memberName));
    enumcombo::fill<GroupRole>(ui.roleComboBox);
    enumcombo::select(ui.roleComboBox, std::optional(membership.role));
    BranchForm::fillChoices(ui.groupComboBox, groups, tr("(choose a study group)"),
                            membership.groupId);
    ui.groupComboBox->setEnabled(membership.id == 0); // a membership stays in its group
    ui.fromDateField->setDate(membership.from);
    ui.toDateField->setDate(membership.to);
    m_form.errors().setForm(ui.formLayout);
    m_form.errors().add(QStringLiteral("group_id"), ui.groupLabel->text(), ui.groupComboBox,
                        ui.groupErrorLabel);
    m_form.errors().add(QStringLiteral("member_id"), ui.groupLabel->text(), ui.groupComboBox,
                        ui.groupErrorLabel);
    m_form.errors().add(QStringLiteral("role"), ui.roleLabel->text(), ui.roleComboBox,
                        ui.roleErrorLabel);
    m_form.errors().add(QStringLiteral("from"), ui.fromLabel->text(), ui.fromDateField->lineEdit(),
                        ui.fromErrorLabel);
    m_form.errors().add(QStringLiteral("to"), ui.toLabel->text(), ui.toDateField->lineEdit(),
                        ui.toErrorLabel);
    m_form.setUp(this, ui.buttonBox, ui.generalErrorLabel);
    connect(ui.groupComboBox, &QComboBox::currentIndexChanged, this, &MembershipDialog::validate);
    connect(ui.fromDateField, &DateField::edited, this, &MembershipDialog::validate);
    connect(ui.toDateField, &DateField::edited, this, &MembershipDialog::validate);
    validate();
}

MembershipDialog::~MembershipDialog() = default;

GroupMembership MembershipDialog::membership() const
{
    GroupMembership m = m_record;
    m.groupId = m_ui->groupComboBox->currentData().toLongLong();
    m.role = enumcombo::value<GroupRole>(m_ui->roleComboBox).value_or(GroupRole::Member);
    m.from = m_ui->fromDateField->date().value_or(Date());
    m.to = m_ui->toDateField->date().value_or(Date());
    return m;
}

void MembershipDialog::validate()
{
    std::vector<Error> problems;
    if (m_ui->groupComboBox->currentData().toLongLong() == 0)
        problems.push_back(Error::invalid(QStringLiteral("group_id"), tr("is required")));
    const char* notADate = QT_TR_NOOP("is not a date; type it like 2026-03-05");
    if (!m_ui->fromDateField->date())
        problems.push_back(Error::invalid(QStringLiteral("from"), tr(notADate)));
    if (!m_ui->toDateField->date())
        problems.push_back(Error::invalid(QStringLiteral("to"), tr(notADate)));
    for (Error& e : rules::checkMembership(membership()))
        problems.push_back(std::move(e));
    m_form.showProblems(std::move(problems));
}

} // namespace sl
