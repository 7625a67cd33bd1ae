#pragma once

#include "gui/common/FormErrors.h"

#include "domain/DateBridge.h"
#include "domain/Error.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QPushButton;

namespace sl {

namespace Ui {
class MakeupDialog;
}

// Records the make-up study (补学) of a missed session: its date and a note. The fields are
// checked as they are typed (by `check`, the make-up service's rules), each message beside its
// field ("补学日期：…"), and Save stays disabled until they are valid, so that the dialog never
// closes on values the ledger refuses. The dialog does not save: the make-up ledger does,
// through the make-up service.
class MakeupDialog : public QDialog
{
    Q_OBJECT

public:
    // Every problem of a date and note, each naming its field ("makeup_date", "makeup_note").
    using Check = std::function<std::vector<Error>(const Date& date, const QString& note)>;

    // `session` names the missed session ("2026-03-05 — topic").
    MakeupDialog(const QString& memberName, const QString& session, const Date& date,
                 const QString& note, Check check, QWidget* parent = nullptr);
    ~MakeupDialog() override;

    // The date of the make-up study (Date() when the field holds none).
    Date date() const;
    QString note() const;
    bool canSave() const;
    // The message shown beside a field ("makeup_date", "makeup_note"), empty when none.
    QString errorText(const QString& field) const;

private:
    void validate();

    std::unique_ptr<Ui::MakeupDialog> m_ui;
    Check m_check;
    FormErrors m_errors;
    QPushButton* m_save = nullptr;
};

} // namespace sl
