#include "gui/settings/BackupSettingsPage.h"

#include "services/AutoBackup.h"

#include "ui_BackupSettingsPage.h"

#include <QDir>
#include <QSettings>

namespace sl {

namespace {

const QString keepKey = QStringLiteral("backup/automaticKept");

} // namespace

BackupSettingsPage::BackupSettingsPage(const QString& ledgerPath, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BackupSettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->keepSpinBox->setValue(automaticBackupsKept());
    m_ui->folderLabel->setText(QDir::toNativeSeparators(AutoBackup::folderFor(ledgerPath)));
    connect(m_ui->keepSpinBox, &QSpinBox::valueChanged, this, &setAutomaticBackupsKept);
}

BackupSettingsPage::~BackupSettingsPage() = default;

QSpinBox* BackupSettingsPage::keepSpinBox() const
{
    return m_ui->keepSpinBox;
}

int BackupSettingsPage::automaticBackupsKept()
{
    const QSettings settings;
    bool ok = false;
    const int keep = settings.value(keepKey, AutoBackup::defaultKeep).toInt(&ok);
    return ok && keep >= 0 ? keep : AutoBackup::defaultKeep;
}

void BackupSettingsPage::setAutomaticBackupsKept(int keep)
{
    QSettings settings;
    settings.setValue(keepKey, qMax(0, keep));
}

} // namespace sl
