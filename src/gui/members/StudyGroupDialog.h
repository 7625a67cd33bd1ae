#pragma once

#include "gui/members/BranchForm.h"

#include <QDialog>

#include "domain/StudyGroup.h"

#include <memory>

namespace sl {

namespace Ui {
class StudyGroupDialog;
}

// A study group: number, name, kind and organisation (with BranchForm).
class StudyGroupDialog : public QDialog
{
    Q_OBJECT

public:
    StudyGroupDialog(const StudyGroup& group, const BranchForm::Choices& orgs,
                     QWidget* parent = nullptr);
    ~StudyGroupDialog() override;
    StudyGroup group() const;
    bool canSave() const { return m_form.canSave(); }
    QString errorText(const QString& field) const { return m_form.errorText(field); }
    // Shows the ledger's refusal of the record as saved, beside its field.
    void refuse(const Error& error) { m_form.refuse(error); }
    Ui::StudyGroupDialog& form() { return *m_ui; }

private:
    void validate();
    BranchForm m_form;
    std::unique_ptr<Ui::StudyGroupDialog> m_ui;
    StudyGroup m_record;
};

} // namespace sl
