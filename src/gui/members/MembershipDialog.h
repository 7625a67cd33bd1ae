#pragma once

#include "gui/members/BranchForm.h"

#include <QDialog>

#include "domain/StudyGroup.h"

#include <memory>

namespace sl {

namespace Ui {
class MembershipDialog;
}

// A member's place in a study group: group, role, from and until (with BranchForm).
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    // `memberName` names the member in the title.
    MembershipDialog(const GroupMembership& membership, const QString& memberName,
                     const BranchForm::Choices& groups, QWidget* parent = nullptr);
    ~MembershipDialog() override;
    GroupMembership membership() const;
    bool canSave() const { return m_form.canSave(); }
    QString errorText(const QString& field) const { return m_form.errorText(field); }
    // Shows the ledger's refusal of the record as saved, beside its field.
    void refuse(const Error& error) { m_form.refuse(error); }
    Ui::MembershipDialog& form() { return *m_ui; }

private:
    void validate();
    BranchForm m_form;
    std::unique_ptr<Ui::MembershipDialog> m_ui;
    GroupMembership m_record;
};

} // namespace sl
