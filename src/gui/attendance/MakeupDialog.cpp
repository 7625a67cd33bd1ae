#include "gui/attendance/MakeupDialog.h"

#include "gui/common/DateField.h"

#include "ui_MakeupDialog.h"

namespace sl {

MakeupDialog::MakeupDialog(const QString& memberName, const QString& session, const Date& date,
                           const QString& note, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MakeupDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Make-up Study of %1").arg(memberName));
    m_ui->sessionLabel->setTextFormat(Qt::PlainText); // a topic may hold < and >
    m_ui->sessionLabel->setText(session);
    m_ui->dateField->setDate(date);
    m_ui->noteLineEdit->setText(note);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MakeupDialog::~MakeupDialog() = default;

Date MakeupDialog::date() const
{
    return m_ui->dateField->date().value_or(Date());
}

QString MakeupDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

} // namespace sl
