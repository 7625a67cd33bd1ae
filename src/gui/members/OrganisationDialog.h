#pragma once

#include "gui/members/BranchDialog.h"

#include "domain/Organisation.h"

#include <memory>

namespace sl {

namespace Ui {
class OrganisationDialog;
}

// An organisation: number, name, kind and parent (a form of BranchDialog).
class OrganisationDialog : public BranchDialog
{
    Q_OBJECT

public:
    // `parents`: the organisations it may be put under (not itself or those below it).
    OrganisationDialog(const Organisation& org, const Choices& parents, QWidget* parent = nullptr);
    ~OrganisationDialog() override;
    Organisation organisation() const;
    Ui::OrganisationDialog& form() { return *m_ui; }

private:
    void validate();
    std::unique_ptr<Ui::OrganisationDialog> m_ui;
    Organisation m_record;
};

} // namespace sl
