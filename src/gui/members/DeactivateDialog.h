#pragma once

#include "gui/members/BranchForm.h"

#include "domain/DateBridge.h"
#include "domain/Enums.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class DeactivateDialog;
}

// 停用: the day a member left the roster, why (退休, 调出本系统, 去世, 其他) and a note.
class DeactivateDialog : public QDialog
{
    Q_OBJECT

public:
    DeactivateDialog(const QString& memberName, const Date& date, QWidget* parent = nullptr);
    ~DeactivateDialog() override;

    Date date() const;
    LeaveReason reason() const;
    QString note() const;
    bool canSave() const { return m_form.canSave(); }
    QString errorText(const QString& field) const { return m_form.errorText(field); }
    void refuse(const Error& error) { m_form.refuse(error); }
    Ui::DeactivateDialog& form() { return *m_ui; }

private:
    void validate();
    BranchForm m_form;
    std::unique_ptr<Ui::DeactivateDialog> m_ui;
};

} // namespace sl
