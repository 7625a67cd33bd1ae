#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sl {

struct PackageSummary;

namespace Ui {
class ImportPackageDialog;
}

// File › Import data package, before anything changes: where the package comes from, its year,
// the rows of every part and the organisations and members this ledger does not know. Import is
// disabled while anything is unknown (the import would be refused).
class ImportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPackageDialog(const PackageSummary& summary, const QString& fileName,
                        QWidget* parent = nullptr);
    ~ImportPackageDialog() override;

    QPushButton* importButton() const { return m_import; }
    QTableWidget* partsTable() const;
    QLabel* unknownLabel() const;
    QLabel* sourceLabel() const;

private:
    std::unique_ptr<Ui::ImportPackageDialog> m_ui;
    QPushButton* m_import = nullptr;
};

} // namespace sl
