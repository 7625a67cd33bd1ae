#pragma once

#include "domain/Registers.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class ModelStatusDialog;
}

// Changes the status of a demonstration site or brand activity (申报 → 认定 / 撤销): the new
// status, its date and a note. The dialog does not save: the registers view does.
class ModelStatusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelStatusDialog(QWidget* parent = nullptr);
    ~ModelStatusDialog() override;

    ModelStatus status() const;
    // The date of the change (Date() when the field holds none).
    Date date() const;
    QString note() const;

private:
    std::unique_ptr<Ui::ModelStatusDialog> m_ui;
};

} // namespace sl
