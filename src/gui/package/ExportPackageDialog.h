#pragma once

#include "domain/Organisation.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QCheckBox;
class QSpinBox;

namespace sl {

namespace Ui {
class ExportPackageDialog;
}

// File › Export data package: the organisation whose subtree the package holds and its year
// (or all years). The dialog only asks; PackageActions asks for the file and exports.
class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPackageDialog(const std::vector<Organisation>& organisations, int year,
                        QWidget* parent = nullptr);
    ~ExportPackageDialog() override;

    // The number (编号) of the chosen organisation.
    QString orgRef() const;
    // The chosen year; 0 for all years.
    int year() const;

    QComboBox* orgCombo() const;
    QSpinBox* yearSpin() const;
    QCheckBox* allYearsCheck() const;

private:
    std::unique_ptr<Ui::ExportPackageDialog> m_ui;
};

} // namespace sl
