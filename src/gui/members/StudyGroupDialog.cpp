#include "gui/members/StudyGroupDialog.h"

#include "gui/common/EnumCombo.h"

#include "domain/RosterRules.h"

#include "ui_StudyGroupDialog.h"

#include <QPushButton>

namespace sl {

StudyGroupDialog::StudyGroupDialog(const StudyGroup& group, const BranchForm::Choices& orgs,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StudyGroupDialog>()), m_record(group)
{
    Ui::StudyGroupDialog& ui = *m_ui;
    ui.setupUi(this);
    setWindowTitle(group.id == 0 ? tr("New Study Group")
                                 : tr("Edit Study Group — %1").arg(group.name));
    BranchForm::fillChoices(ui.orgComboBox, orgs, tr("(choose an organisation)"), group.orgId);
    ui.extIdLineEdit->setText(group.extId);
    ui.nameLineEdit->setText(group.name);
    m_form.setUpNamed(this, ui, group.kind, ui.orgComboBox, ui.orgLabel, ui.orgErrorLabel,
                      QStringLiteral("org_id"), [this] { validate(); });
    validate();
}

StudyGroupDialog::~StudyGroupDialog() = default;

StudyGroup StudyGroupDialog::group() const
{
    StudyGroup g = m_record;
    g.extId = m_ui->extIdLineEdit->text().trimmed();
    g.name = m_ui->nameLineEdit->text().trimmed();
    g.kind = enumcombo::value<GroupKind>(m_ui->kindComboBox).value_or(GroupKind::Branch);
    g.orgId = m_ui->orgComboBox->currentData().toLongLong();
    return g;
}

void StudyGroupDialog::validate()
{
    std::vector<Error> problems = rules::checkGroup(group());
    if (group().orgId == 0)
        problems.push_back(Error::invalid(QStringLiteral("org_id"), tr("is required")));
    m_form.showProblems(std::move(problems));
}

} // namespace sl
