#include "gui/accounts/LoginDialog.h"

#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"

#include "services/AccountService.h"

#include "ui_LoginDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace sl {

LoginDialog::LoginDialog(AccountService& accounts, const QString& databasePath, const QString& name,
                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log In to StudyLedger"));
    m_ui->databaseLabel->setTextFormat(Qt::PlainText);
    m_ui->databaseLabel->setText(
        tr("The ledger %1 has accounts: log in to use it.")
            .arg(QDir::toNativeSeparators(QFileInfo(databasePath).fileName())));
    m_ui->databaseLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    m_ui->nameLineEdit->setText(name);
    (name.isEmpty() ? m_ui->nameLineEdit : m_ui->passwordLineEdit)->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog()
{
    m_ui->passwordLineEdit->clear();
}

QLineEdit* LoginDialog::nameEdit() const
{
    return m_ui->nameLineEdit;
}

QLineEdit* LoginDialog::passwordEdit() const
{
    return m_ui->passwordLineEdit;
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool LoginDialog::attempt()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    QString problem;
    QLineEdit* focus = m_ui->passwordLineEdit;
    if (name.isEmpty()) {
        problem = tr("Account: type the name of your account");
        focus = m_ui->nameLineEdit;
    } else if (m_ui->passwordLineEdit->text().isEmpty()) {
        problem = tr("Password: type your password");
    } else {
        auto account = m_accounts.login(name, m_ui->passwordLineEdit->text());
        if (account) {
            m_account = *account;
            m_ui->passwordLineEdit->clear();
            accept();
            return true;
        }
        problem = account.error().message;
    }
    m_ui->passwordLineEdit->clear();
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->show();
    FormErrors::setMarked(m_ui->nameLineEdit, focus == m_ui->nameLineEdit);
    focus->setFocus();
    return false;
}

bool signIn(Ledger& ledger, QWidget* parent, const QString& name)
{
    AccountService accounts(ledger);
    auto has = accounts.hasAccounts();
    if (!has) {
        MessageBoxes::critical(parent, LoginDialog::tr("Log In to StudyLedger"),
                               has.error().message);
        return false;
    }
    if (!*has)
        return true;
    LoginDialog dialog(accounts, ledger.path(), name, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sl
