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

void ExpertDialog::setExpert(const Expert& expert)
{
    m_id = expert.id;
    setWindowTitle(tr("Edit Expert — %1").arg(expert.name));
    m_ui->nameLineEdit->setText(expert.name);
    m_ui->titleLineEdit->setText(expert.title);
    m_ui->affiliationLineEdit->setText(expert.affiliation);
    m_ui->fieldsLineEdit->setText(expert.fields);
}

Expert ExpertDialog::expert() const
{
    return {m_id, m_ui->nameLineEdit->text().trimmed(), m_ui->titleLineEdit->text().trimmed(),
            m_ui->affiliationLineEdit->text().trimmed(), m_ui->fieldsLineEdit->text().trimmed()};
}

} // namespace sl
