#include "gui/bulletin/BulletinSettingsDialog.h"

#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"

#include "ui_BulletinSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace sl {

namespace {

constexpr int kOrganMax = 40;
constexpr int kPrefixMax = 20;
constexpr int kAddresseeMax = 200;

bool hasControl(const QString& text, bool allowNewLines)
{
    for (const QChar c : text) {
        if (allowNewLines && c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

BulletinSettingsDialog::BulletinSettingsDialog(const BulletinSettings& settings,
                                               const QString& orgName, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulletinSettingsDialog>()), m_initial(settings)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Bulletin Settings of %1").arg(orgName));
    m_ui->organisationLabel->setTextFormat(Qt::PlainText);
    m_ui->organisationLabel->setText(
        tr("Every bulletin that %1 issues is printed with these settings.").arg(orgName));
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_ui->organLineEdit->setText(settings.organName);
    m_ui->prefixLineEdit->setText(settings.numberPrefix);
    m_ui->addresseeLineEdit->setText(settings.addressee);
    m_ui->namesCheckBox->setChecked(settings.namesInProblems);
    m_ui->closingPlainTextEdit->setPlainText(settings.closingText);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulletinSettingsDialog::reject);
    for (QLineEdit* edit : {m_ui->organLineEdit, m_ui->prefixLineEdit, m_ui->addresseeLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &BulletinSettingsDialog::validate);
    connect(m_ui->closingPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &BulletinSettingsDialog::validate);
    validate();
}

BulletinSettingsDialog::~BulletinSettingsDialog() = default;

BulletinSettings BulletinSettingsDialog::settings() const
{
    BulletinSettings s = m_initial;
    s.organName = m_ui->organLineEdit->text().trimmed();
    s.numberPrefix = m_ui->prefixLineEdit->text().trimmed();
    s.addressee = m_ui->addresseeLineEdit->text().trimmed();
    s.namesInProblems = m_ui->namesCheckBox->isChecked();
    s.closingText = m_ui->closingPlainTextEdit->toPlainText().trimmed();
    return s;
}

QString BulletinSettingsDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void BulletinSettingsDialog::validate()
{
    const BulletinSettings s = settings();
    QStringList lines;
    if (s.organName.isEmpty())
        lines << tr("Organ mark: type the name printed in red at the top");
    else if (s.organName.size() > kOrganMax)
        lines << tr("Organ mark: at most %1 characters").arg(kOrganMax);
    if (s.numberPrefix.size() > kPrefixMax)
        lines << tr("Number prefix: at most %1 characters").arg(kPrefixMax);
    else if (s.numberPrefix.contains(QRegularExpression(QStringLiteral("\\s"))))
        lines << tr("Number prefix: no spaces");
    if (s.addressee.size() > kAddresseeMax)
        lines << tr("Addressee: at most %1 characters").arg(kAddresseeMax);
    if (hasControl(s.organName, false) || hasControl(s.numberPrefix, false) ||
        hasControl(s.addressee, false) || hasControl(s.closingText, true))
        lines << tr("The settings hold a control character; delete it");
    FormErrors::setMarked(m_ui->organLineEdit,
                          s.organName.isEmpty() || s.organName.size() > kOrganMax);
    FormErrors::setMarked(m_ui->prefixLineEdit, s.numberPrefix.size() > kPrefixMax ||
                                                    s.numberPrefix.contains(QLatin1Char(' ')));
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty());
}

void BulletinSettingsDialog::reject()
{
    const BulletinSettings now = settings();
    const bool changed = now.organName != m_initial.organName.trimmed() ||
                         now.numberPrefix != m_initial.numberPrefix.trimmed() ||
                         now.addressee != m_initial.addressee.trimmed() ||
                         now.namesInProblems != m_initial.namesInProblems ||
                         now.closingText != m_initial.closingText.trimmed();
    if (changed && MessageBoxes::question(this, windowTitle(),
                                          tr("Drop the changes to the bulletin settings?"),
                                          QMessageBox::Discard | QMessageBox::Cancel,
                                          QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace sl
