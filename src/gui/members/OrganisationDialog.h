#pragma once

#include "gui/members/BranchForm.h"

#include <QDialog>

#include "domain/Organisation.h"

#include <memory>

namespace sl {

namespace Ui {
class OrganisationDialog;
}

// An organisation: number, name, kind and parent (with BranchForm).
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    // `parents`: the organisations it may be put under (not itself or those below it).
    OrganisationDialog(const Organisation& org, const BranchForm::Choices& parents,
                       QWidget* parent = nullptr);
    ~OrganisationDialog() override;
    Organisation organisation() const;
    bool canSave() const { return m_form.canSave(); }
    QString errorText(const QString& field) const { return m_form.errorText(field); }
    // Shows the ledger's refusal of the record as saved, beside its field.
    void refuse(const Error& error) { m_form.refuse(error); }
    Ui::OrganisationDialog& form() { return *m_ui; }

private:
    void validate();
    BranchForm m_form;
    std::unique_ptr<Ui::OrganisationDialog> m_ui;
    Organisation m_record;
};

} // namespace sl
