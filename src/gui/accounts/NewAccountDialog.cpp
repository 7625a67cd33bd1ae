#include "gui/accounts/NewAccountDialog.h"

#include "gui/common/EnumCombo.h"
#include "gui/common/FormErrors.h"

#include "services/AccountService.h"
#include "services/RosterService.h"

#include "ui_NewAccountDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

#include <map>

namespace sl {

namespace {

// The organisations as an indented tree: each after its parent, siblings by number.
void fillOrganisations(QComboBox* combo, RosterService& roster)
{
    combo->addItem(NewAccountDialog::tr("(all organisations)"), qint64(0));
    auto orgs = roster.organisations();
    if (!orgs)
        return;
    std::multimap<qint64, const Organisation*> children;
    for (const Organisation& o : *orgs)
        children.emplace(o.parentId, &o);
    auto add = [&](auto&& self, qint64 parent, int depth) -> void {
        auto [from, to] = children.equal_range(parent);
        for (auto it = from; it != to; ++it) {
            combo->addItem(QString(depth * 2, QChar(0x3000)) + it->second->name, it->second->id);
            self(self, it->second->id, depth + 1);
        }
    };
    add(add, 0, 0);
}

} // namespace

NewAccountDialog::NewAccountDialog(AccountService& accounts, RosterService& roster, bool firstAdmin,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewAccountDialog>()), m_accounts(accounts),
      m_roster(roster)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    if (firstAdmin) {
        setWindowTitle(tr("Switch On Logging In"));
        m_ui->introLabel->setText(
            tr("This ledger has no accounts: everyone who opens it may do everything. The first "
               "account is an administrator; from then on StudyLedger and studyledger-cli ask "
               "everyone to log in, and each account may do what its role allows."));
    } else {
        setWindowTitle(tr("New Account"));
        m_ui->introLabel->setText(
            tr("A member account sees and records only its member's own study; a secretary "
               "keeps the records of an organisation and those below it; a leader reads them."));
    }
    enumcombo::fill<AccountRole>(m_ui->roleComboBox);
    if (firstAdmin)
        m_ui->roleComboBox->setEnabled(false);
    fillOrganisations(m_ui->orgComboBox, roster);
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit :
         {m_ui->nameLineEdit, m_ui->memberLineEdit, m_ui->passwordLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewAccountDialog::validate);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &NewAccountDialog::validate);
    connect(m_ui->orgComboBox, &QComboBox::currentIndexChanged, this, &NewAccountDialog::validate);
    validate();
}

NewAccountDialog::~NewAccountDialog()
{
    m_ui->passwordLineEdit->clear();
    m_ui->repeatLineEdit->clear();
}

QLineEdit* NewAccountDialog::nameEdit() const
{
    return m_ui->nameLineEdit;
}

QComboBox* NewAccountDialog::roleCombo() const
{
    return m_ui->roleComboBox;
}

QLineEdit* NewAccountDialog::memberEdit() const
{
    return m_ui->memberLineEdit;
}

QComboBox* NewAccountDialog::orgCombo() const
{
    return m_ui->orgComboBox;
}

QLineEdit* NewAccountDialog::passwordEdit() const
{
    return m_ui->passwordLineEdit;
}

QLineEdit* NewAccountDialog::repeatEdit() const
{
    return m_ui->repeatLineEdit;
}

QString NewAccountDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

AccountRole NewAccountDialog::role() const
{
    return enumcombo::value<AccountRole>(m_ui->roleComboBox).value_or(AccountRole::Member);
}

void NewAccountDialog::validate()
{
    const AccountRole r = role();
    const bool memberRole = r == AccountRole::Member;
    const bool scoped = r == AccountRole::Secretary || r == AccountRole::Leader;
    m_ui->memberLineEdit->setEnabled(memberRole);
    m_ui->memberLabel->setEnabled(memberRole);
    m_ui->orgComboBox->setEnabled(!memberRole);
    m_ui->orgLabel->setEnabled(!memberRole);

    QStringList lines;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const bool begun =
        !m_ui->passwordLineEdit->text().isEmpty() || !m_ui->memberLineEdit->text().isEmpty();
    if (name.isEmpty() && begun)
        lines << tr("Account name: required");
    if (!name.isEmpty() && name.contains(QRegularExpression(QStringLiteral("\\s"))))
        lines << tr("Account name: no spaces");
    m_memberId = 0;
    const QString memberRef = m_ui->memberLineEdit->text().trimmed();
    bool memberWrong = false;
    if (memberRole && !memberRef.isEmpty()) {
        auto member = m_roster.resolveMember(memberRef);
        if (member) {
            m_memberId = member->id;
            m_ui->memberLineEdit->setToolTip(member->name);
        } else {
            memberWrong = true;
            lines << tr("Member: %1").arg(member.error().message);
        }
    } else if (memberRole && !name.isEmpty()) {
        lines << tr("Member: type the number or name of the member this account stands for");
    }
    const bool orgMissing = scoped && m_ui->orgComboBox->currentData().toLongLong() == 0;
    if (orgMissing)
        lines << tr("Organisation: a secretary or leader works in one organisation");
    const QString password = m_ui->passwordLineEdit->text();
    const bool tooShort = password.size() < AccountService::minPasswordLength;
    if (tooShort && !password.isEmpty())
        lines << tr("Password: at least %n character(s)", nullptr,
                    AccountService::minPasswordLength);
    const QString repeat = m_ui->repeatLineEdit->text();
    const bool differs = repeat != password;
    if (differs && !repeat.isEmpty())
        lines << tr("Repeat: the two passwords differ");
    FormErrors::setMarked(m_ui->memberLineEdit, memberWrong);
    FormErrors::setMarked(m_ui->orgComboBox, orgMissing);
    FormErrors::setMarked(m_ui->passwordLineEdit, tooShort && !password.isEmpty());
    FormErrors::setMarked(m_ui->repeatLineEdit, differs && !repeat.isEmpty());
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty() && !name.isEmpty() && (!memberRole || m_memberId != 0) &&
                       !tooShort && !differs);
}

bool NewAccountDialog::save()
{
    NewAccount account;
    account.name = m_ui->nameLineEdit->text().trimmed();
    account.password = m_ui->passwordLineEdit->text();
    account.role = role();
    account.memberId = account.role == AccountRole::Member ? m_memberId : 0;
    account.orgId =
        account.role == AccountRole::Member ? 0 : m_ui->orgComboBox->currentData().toLongLong();
    auto added = m_accounts.add(account);
    account.password.fill(QChar(0));
    if (!added) {
        m_ui->errorLabel->setText(added.error().message);
        m_ui->errorLabel->show();
        return false;
    }
    m_accountId = *added;
    accept();
    return true;
}

} // namespace sl
