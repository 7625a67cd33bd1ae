#include "gui/bulletin/IssueBulletinDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/FormErrors.h"

#include "ui_IssueBulletinDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace sl {

IssueBulletinDialog::IssueBulletinDialog(const QString& title, const Period& period,
                                         const Date& today,
                                         std::function<QString(int year)> numberFor,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IssueBulletinDialog>()), m_period(period),
      m_numberFor(std::move(numberFor))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Issue the Bulletin"));
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    m_ui->titleLabel->setText(title);
    m_ui->numberLabel->setTextFormat(Qt::PlainText);
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_ui->dateField->setDate(today);
    m_ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Issue"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IssueBulletinDialog::reject);
    connect(m_ui->dateField, &DateField::edited, this, &IssueBulletinDialog::validate);
    validate();
}

IssueBulletinDialog::~IssueBulletinDialog() = default;

Date IssueBulletinDialog::issuedOn() const
{
    return m_ui->dateField->date().value_or(Date());
}

QString IssueBulletinDialog::numberText() const
{
    return m_ui->numberLabel->text();
}

QString IssueBulletinDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void IssueBulletinDialog::validate()
{
    const auto date = m_ui->dateField->date();
    QString error;
    if (!date)
        error = tr("Date of issue: %1").arg(m_ui->dateField->problem());
    else if (!dates::isSet(*date))
        error = tr("Date of issue: a bulletin needs its date");
    else if (*date < m_period.from)
        error =
            tr("Date of issue: not before the period begins (%1)").arg(dates::toIso(m_period.from));
    const bool valid = error.isEmpty();
    m_ui->numberLabel->setText(valid ? m_numberFor(date->year()) : QString());
    FormErrors::setMarked(m_ui->dateField, !valid);
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!valid);
    m_ok->setEnabled(valid);
}

} // namespace sl
