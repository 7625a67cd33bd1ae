#pragma once

#include "domain/Bulletin.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace sl {

namespace Ui {
class BulletinSettingsDialog;
}

// The bulletin settings of an issuing organisation: the organ mark printed in red, the prefix
// of the document number, the addressee, whether 存在的问题 names people, and the default
// 下一步工作要求. It checks as you type and names the field at fault; Save stays disabled until
// the settings are valid. The dialog does not save: the bulletin view does, as an undoable
// command.
class BulletinSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BulletinSettingsDialog(const BulletinSettings& settings, const QString& orgName,
                           QWidget* parent = nullptr);
    ~BulletinSettingsDialog() override;

    // The settings as edited (trimmed).
    BulletinSettings settings() const;
    QPushButton* saveButton() const { return m_save; }
    QString errorText() const;
    Ui::BulletinSettingsDialog& form() const { return *m_ui; }

public slots:
    // Asks before dropping changed settings (Esc, Cancel).
    void reject() override;

private:
    void validate();

    std::unique_ptr<Ui::BulletinSettingsDialog> m_ui;
    BulletinSettings m_initial;
    QPushButton* m_save = nullptr;
};

} // namespace sl
