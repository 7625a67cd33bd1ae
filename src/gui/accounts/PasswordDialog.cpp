#include "gui/accounts/PasswordDialog.h"

#include "gui/common/FormErrors.h"

#include "services/AccountService.h"

#include "ui_PasswordDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace sl {

PasswordDialog::PasswordDialog(AccountService& accounts, std::optional<Account> target,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_accounts(accounts),
      m_target(std::move(target))
{
    m_ui->setupUi(this);
    m_ui->accountLabel->setTextFormat(Qt::PlainText);
    if (m_target) {
        setWindowTitle(tr("Reset Password"));
        m_ui->accountLabel->setText(
            tr("A new password for the account %1. Tell it to its owner, who can change it "
               "afterwards.")
                .arg(m_target->name));
        m_ui->currentLabel->hide();
        m_ui->currentLineEdit->hide();
        m_ui->newLineEdit->setFocus();
    } else {
        setWindowTitle(tr("Change Password"));
        m_ui->accountLabel->setText(
            tr("At least %n character(s).", nullptr, AccountService::minPasswordLength));
    }
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->currentLineEdit, m_ui->newLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    validate();
}

PasswordDialog::~PasswordDialog()
{
    for (QLineEdit* edit : {m_ui->currentLineEdit, m_ui->newLineEdit, m_ui->repeatLineEdit})
        edit->clear();
}

QLineEdit* PasswordDialog::currentEdit() const
{
    return m_ui->currentLineEdit;
}

QLineEdit* PasswordDialog::newEdit() const
{
    return m_ui->newLineEdit;
}

QLineEdit* PasswordDialog::repeatEdit() const
{
    return m_ui->repeatLineEdit;
}

QString PasswordDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PasswordDialog::validate()
{
    const QString replacement = m_ui->newLineEdit->text();
    const QString repeat = m_ui->repeatLineEdit->text();
    QStringList lines;
    const bool currentMissing = !m_target && m_ui->currentLineEdit->text().isEmpty();
    const bool tooShort = replacement.size() < AccountService::minPasswordLength;
    const bool differs = repeat != replacement;
    if (currentMissing)
        lines << tr("Current password: type the password you log in with now");
    if (tooShort && !replacement.isEmpty())
        lines << tr("New password: at least %n character(s)", nullptr,
                    AccountService::minPasswordLength);
    if (differs && !repeat.isEmpty())
        lines << tr("Repeat: the two new passwords differ");
    FormErrors::setMarked(m_ui->newLineEdit, tooShort && !replacement.isEmpty());
    FormErrors::setMarked(m_ui->repeatLineEdit, differs && !repeat.isEmpty());
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty() &&
                                 !(currentMissing && lines.size() == 1 && replacement.isEmpty()));
    m_save->setEnabled(!currentMissing && !tooShort && !differs);
}

bool PasswordDialog::save()
{
    const Status saved = m_target
                             ? m_accounts.resetPassword(m_target->id, m_ui->newLineEdit->text())
                             : m_accounts.changeOwnPassword(m_ui->currentLineEdit->text(),
                                                            m_ui->newLineEdit->text());
    if (!saved) {
        if (!m_target) {
            m_ui->currentLineEdit->clear(); // validates again: the message comes after
            m_ui->currentLineEdit->setFocus();
        }
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        return false;
    }
    accept();
    return true;
}

} // namespace sl
