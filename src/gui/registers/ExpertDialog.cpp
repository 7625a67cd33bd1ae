#include "gui/registers/ExpertDialog.h"

#include "ui_ExpertDialog.h"

namespace sl {

ExpertDialog::ExpertDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExpertDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExpertDialog::~ExpertDialog() = default;

Expert ExpertDialog::expert() const
{
    return {0, m_ui->nameLineEdit->text().trimmed(), m_ui->titleLineEdit->text().trimmed(),
            m_ui->affiliationLineEdit->text().trimmed(), m_ui->fieldsLineEdit->text().trimmed()};
}

} // namespace sl
