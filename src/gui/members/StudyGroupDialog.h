#pragma once

#include "gui/members/BranchDialog.h"

#include "domain/StudyGroup.h"

#include <memory>

namespace sl {

namespace Ui {
class StudyGroupDialog;
}

// A study group: number, name, kind and organisation (a form of BranchDialog).
class StudyGroupDialog : public BranchDialog
{
    Q_OBJECT

public:
    StudyGroupDialog(const StudyGroup& group, const Choices& orgs, QWidget* parent = nullptr);
    ~StudyGroupDialog() override;
    StudyGroup group() const;
    Ui::StudyGroupDialog& form() { return *m_ui; }

private:
    void validate();
    std::unique_ptr<Ui::StudyGroupDialog> m_ui;
    StudyGroup m_record;
};

} // namespace sl
