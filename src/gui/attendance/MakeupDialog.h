#pragma once

#include "domain/DateBridge.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class MakeupDialog;
}

// Records the make-up study (补学) of a missed session: its date and a note. The dialog does
// not save: the make-up ledger does, through the make-up service.
class MakeupDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` names the missed session ("2026-03-05 — topic").
    MakeupDialog(const QString& memberName, const QString& session, const Date& date,
                 const QString& note, QWidget* parent = nullptr);
    ~MakeupDialog() override;

    // The date of the make-up study (Date() when the field holds none).
    Date date() const;
    QString note() const;

private:
    std::unique_ptr<Ui::MakeupDialog> m_ui;
};

} // namespace sl
