#include "gui/members/OrganisationDialog.h"

#include "domain/RosterRules.h"

#include "ui_OrganisationDialog.h"

#include <QPushButton>

namespace sl {

OrganisationDialog::OrganisationDialog(const Organisation& org, const BranchForm::Choices& parents,
                                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrganisationDialog>()), m_record(org)
{
    Ui::OrganisationDialog& ui = *m_ui;
    ui.setupUi(this);
    setWindowTitle(org.id == 0 ? tr("New Organisation")
                               : tr("Edit Organisation — %1").arg(org.name));
    BranchForm::fillChoices(ui.parentComboBox, parents, tr("(none: a top-level organisation)"),
                            org.parentId);
    ui.extIdLineEdit->setText(org.extId);
    ui.nameLineEdit->setText(org.name);
    m_form.setUpNamed(this, ui, org.kind, ui.parentComboBox, ui.parentLabel, ui.parentErrorLabel,
                      QStringLiteral("parent_id"), [this] { validate(); });
    validate();
}

OrganisationDialog::~OrganisationDialog() = default;

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_record;
    o.extId = m_ui->extIdLineEdit->text().trimmed();
    o.name = m_ui->nameLineEdit->text().trimmed();
    o.kind = enumcombo::value<OrgKind>(m_ui->kindComboBox).value_or(OrgKind::Branch);
    o.parentId = m_ui->parentComboBox->currentData().toLongLong();
    return o;
}

void OrganisationDialog::validate()
{
    m_form.showProblems(rules::checkOrganisation(organisation()));
}

} // namespace sl
