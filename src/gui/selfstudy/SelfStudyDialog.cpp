#include "gui/selfstudy/SelfStudyDialog.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"
#include "gui/selfstudy/MinutesCombo.h"

#include "services/SelfStudyService.h"

#include "ui_SelfStudyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sl {

SelfStudyDialog::SelfStudyDialog(SelfStudyService& service, const SelfStudyEntry& entry,
                                 QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SelfStudyDialog>()), m_service(service),
      m_original(entry)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit self-study — %1").arg(dates::toIso(entry.date)));
    setUpFields();
    load(entry);
    // An existing entry shows every problem at once.
    m_errors.setShowAll(true);
    validate();
}

SelfStudyDialog::~SelfStudyDialog() = default;

void SelfStudyDialog::setUpFields()
{
    const Ui::SelfStudyDialog& ui = *m_ui;
    enumcombo::fill<Medium>(ui.mediumComboBox, QStringLiteral("—"));
    ui.notesCharCountLabel->setEditor(
        ui.notesPlainTextEdit, [](int n) { return tr("Notes: %n character(s)", nullptr, n); });

    m_errors.setForm(ui.formLayout);
    m_errors.add(QStringLiteral("date"), ui.dateLabel->text(), ui.dateField->lineEdit(),
                 ui.dateErrorLabel);
    m_errors.add(QStringLiteral("minutes"), ui.minutesLabel->text(), ui.minutesCombo,
                 ui.minutesErrorLabel);
    m_errors.add(QStringLiteral("material"), ui.materialLabel->text(), ui.materialLineEdit,
                 ui.materialErrorLabel);
    m_errors.add(QStringLiteral("medium"), ui.mediumLabel->text(), ui.mediumComboBox,
                 ui.mediumErrorLabel);
    m_errors.add(QStringLiteral("notes"), ui.notesLabel->text(), ui.notesPlainTextEdit,
                 ui.notesErrorLabel);
    m_errors.add(QStringLiteral("member_id"), tr("Member"), nullptr);
    FormErrors::setErrorStyle(ui.generalErrorLabel);
    ui.generalErrorLabel->setVisible(false);

    m_save = ui.buttonBox->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (canSave())
            accept();
    });
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &SelfStudyDialog::reject);
}

void SelfStudyDialog::load(const SelfStudyEntry& entry)
{
    const Ui::SelfStudyDialog& ui = *m_ui;
    ui.dateField->setDate(entry.date);
    ui.minutesCombo->setMinutes(entry.minutes);
    ui.materialLineEdit->setText(entry.material);
    enumcombo::select(ui.mediumComboBox, entry.medium);
    ui.notesPlainTextEdit->setPlainText(entry.notes);

    connect(ui.dateField, &DateField::edited, this, [this] { touch(QStringLiteral("date")); });
    connect(ui.minutesCombo, &MinutesCombo::edited, this,
            [this] { touch(QStringLiteral("minutes")); });
    connect(ui.materialLineEdit, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("material")); });
    connect(ui.mediumComboBox, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("medium")); });
    connect(ui.notesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { touch(QStringLiteral("notes")); });
}

DateField* SelfStudyDialog::dateField() const
{
    return m_ui->dateField;
}

MinutesCombo* SelfStudyDialog::minutesCombo() const
{
    return m_ui->minutesCombo;
}

QLineEdit* SelfStudyDialog::materialEdit() const
{
    return m_ui->materialLineEdit;
}

QPlainTextEdit* SelfStudyDialog::notesEdit() const
{
    return m_ui->notesPlainTextEdit;
}

CharCountLabel* SelfStudyDialog::notesCount() const
{
    return m_ui->notesCharCountLabel;
}

SelfStudyEntry SelfStudyDialog::entry() const
{
    SelfStudyEntry e = m_original;
    e.date = m_ui->dateField->date().value_or(Date());
    e.minutes = m_ui->minutesCombo->minutes().value_or(0);
    e.material = m_ui->materialLineEdit->text().trimmed();
    e.medium = enumcombo::value<Medium>(m_ui->mediumComboBox);
    e.notes = m_ui->notesPlainTextEdit->toPlainText();
    return e;
}

bool SelfStudyDialog::isModified() const
{
    return entry() != m_original || !m_ui->dateField->date() || !m_ui->minutesCombo->minutes();
}

bool SelfStudyDialog::canSave() const
{
    return m_save->isEnabled();
}

QString SelfStudyDialog::errorText(const QString& field) const
{
    return m_errors.text(field);
}

void SelfStudyDialog::touch(const QString& key)
{
    m_errors.touch(key);
    validate();
}

void SelfStudyDialog::validate()
{
    std::vector<Error> found;
    const bool badDate = !m_ui->dateField->date();
    const bool badMinutes = !m_ui->minutesCombo->minutes();
    if (badDate)
        found.push_back(Error::invalid(QStringLiteral("date"), m_ui->dateField->problem()));
    if (badMinutes)
        found.push_back(Error::invalid(QStringLiteral("minutes"),
                                       tr("is not a number of minutes; type it like 45")));
    for (Error& e : m_service.check(entry())) {
        if ((badDate && e.field == QLatin1String("date")) ||
            (badMinutes && e.field == QLatin1String("minutes")))
            continue;
        found.push_back(std::move(e));
    }
    const QStringList general = m_errors.show(found);
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_save->setEnabled(found.empty() && isModified());
}

void SelfStudyDialog::reject()
{
    if (isModified() && MessageBoxes::question(this, tr("Unsaved changes"),
                                               tr("Discard the changes to this entry?"),
                                               QMessageBox::Discard | QMessageBox::Cancel,
                                               QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace sl
