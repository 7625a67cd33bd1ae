#pragma once

#include "gui/members/BranchDialog.h"

#include "domain/StudyGroup.h"

#include <memory>

namespace sl {

namespace Ui {
class MembershipDialog;
}

// A member's place in a study group: group, role, from and until (a form of BranchDialog).
class MembershipDialog : public BranchDialog
{
    Q_OBJECT

public:
    // `memberName` names the member in the title.
    MembershipDialog(const GroupMembership& membership, const QString& memberName,
                     const Choices& groups, QWidget* parent = nullptr);
    ~MembershipDialog() override;
    GroupMembership membership() const;
    Ui::MembershipDialog& form() { return *m_ui; }

private:
    void validate();
    std::unique_ptr<Ui::MembershipDialog> m_ui;
    GroupMembership m_record;
};

} // namespace sl
