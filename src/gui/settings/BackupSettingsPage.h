#pragma once

#include <QWidget>

#include <memory>

class QSpinBox;

namespace sl {

namespace Ui {
class BackupSettingsPage;
}

// 设置 › 备份: how many automatic daily backups are kept (0: none are made). The number is a
// setting of this computer (QSettings), like the window's geometry: the backups lie beside the
// ledger on this computer's disk.
class BackupSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupSettingsPage(const QString& ledgerPath, QWidget* parent = nullptr);
    ~BackupSettingsPage() override;

    QSpinBox* keepSpinBox() const;

    // The setting (AutoBackup::defaultKeep when never set).
    static int automaticBackupsKept();
    static void setAutomaticBackupsKept(int keep);

private:
    std::unique_ptr<Ui::BackupSettingsPage> m_ui;
};

} // namespace sl
