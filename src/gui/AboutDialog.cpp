#include "gui/AboutDialog.h"

#include "gui/common/ApplicationIcon.h"

#include "StudyLedgerVersion.h"
#include "ui_AboutDialog.h"

#include <QPushButton>

namespace sl {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(ui::applicationIcon().pixmap(QSize(96, 96)));
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(SL_VERSION)));
    m_ui->qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2").arg(QStringLiteral(QT_VERSION_STR), qVersion()));
    m_ui->licenseLabel->setText(tr("Licence: %1").arg(QStringLiteral(SL_LICENSE)));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

} // namespace sl
