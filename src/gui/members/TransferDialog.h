#pragma once

#include "gui/members/BranchForm.h"

#include "domain/DateBridge.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class TransferDialog;
}

// 转出: the organisation a member moves to and the day (with BranchForm's checks as typed).
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    // `orgs`: the organisations to choose from (the member's own is refused as typed).
    TransferDialog(const QString& memberName, qint64 fromOrgId, const BranchForm::Choices& orgs,
                   const Date& date, QWidget* parent = nullptr);
    ~TransferDialog() override;

    qint64 orgId() const;
    Date date() const;
    bool canSave() const { return m_form.canSave(); }
    QString errorText(const QString& field) const { return m_form.errorText(field); }
    void refuse(const Error& error) { m_form.refuse(error); }
    Ui::TransferDialog& form() { return *m_ui; }

private:
    void validate();
    BranchForm m_form;
    std::unique_ptr<Ui::TransferDialog> m_ui;
    qint64 m_fromOrgId;
};

} // namespace sl
