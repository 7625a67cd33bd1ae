#pragma once

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class AboutDialog;
}

// Help › About StudyLedger: the icon, the name, the version (project(VERSION) of CMake, through
// StudyLedgerVersion.h), the Qt the program was built with and runs on, and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace sl
