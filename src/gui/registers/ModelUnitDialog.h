#pragma once

#include "domain/Registers.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class ModelUnitDialog;
}

class RosterService;

// Applies for the recognition of a demonstration site or brand activity (示范点与品牌活动):
// its name, organisation, kind and year, the date of the application and a note. The dialog
// does not save: the registers view does, through the model-unit service.
class ModelUnitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelUnitDialog(RosterService& roster, QWidget* parent = nullptr);
    ~ModelUnitDialog() override;

    // Shows a registered unit for editing its name, organisation, kind and year (its status
    // changes apart: the date and note of the application are hidden).
    void setUnit(const ModelUnit& unit);
    // The unit as the fields describe it (id 0: new).
    ModelUnit unit() const;
    // The date of the application (Date() when the field holds none).
    Date appliedOn() const;
    QString note() const;

private:
    std::unique_ptr<Ui::ModelUnitDialog> m_ui;
    ModelUnit m_unit;
};

} // namespace sl
