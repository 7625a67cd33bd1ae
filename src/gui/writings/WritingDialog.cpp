#include "gui/writings/WritingDialog.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"

#include "domain/ActivityRules.h"
#include "services/WritingService.h"

#include "ui_WritingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sl {

WritingDialog::WritingDialog(WritingService& service, const Writing& writing, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WritingDialog>()), m_service(service),
      m_loaded(writing)
{
    m_ui->setupUi(this);
    setWindowTitle(writing.id == 0 ? tr("New writing")
                                   : tr("Edit writing — %1").arg(writing.title));
    setUpFields();
    connectChanges();
    load(writing);
    m_original = this->writing(); // as the fields hold it: an untouched form is unmodified
    m_original.id = writing.id;
    m_errors.setShowAll(writing.id != 0);
    validate();
}

WritingDialog::~WritingDialog() = default;

void WritingDialog::setUpFields()
{
    const Ui::WritingDialog& ui = *m_ui;
    enumcombo::fill<WritingKind>(ui.kindComboBox);
    ui.textCharCountLabel->setEditor(ui.textPlainTextEdit,
                                     [](int n) { return tr("Text: %n character(s)", nullptr, n); });
    ui.lengthLineEdit->setValidator(
        new QIntValidator(0, rules::maxWritingChars, ui.lengthLineEdit));
    enumcombo::fill<Award>(ui.awardComboBox, tr("(none)"));
    if (!m_service.mayAppraise()) {
        ui.awardComboBox->setEnabled(false);
        ui.awardComboBox->setToolTip(
            tr("Only a secretary or an administrator sets the appraisal result."));
    }

    m_errors.setForm(ui.formLayout);
    auto add = [this](const char* key, QLabel* label, QWidget* marked, QLabel* message) {
        m_errors.add(QString::fromLatin1(key), label->text(), marked, message);
    };
    add("kind", ui.kindLabel, ui.kindComboBox, ui.kindErrorLabel);
    add("title", ui.titleLabel, ui.titleLineEdit, ui.titleErrorLabel);
    add("date", ui.dateLabel, ui.dateField->lineEdit(), ui.dateErrorLabel);
    add("text", ui.textLabel, ui.textPlainTextEdit, ui.textErrorLabel);
    add("chars", ui.lengthLabel, ui.lengthLineEdit, ui.lengthErrorLabel);
    add("published", ui.publishedLabel, ui.publishedLineEdit, ui.publishedErrorLabel);
    add("award", ui.awardLabel, ui.awardComboBox, ui.awardErrorLabel);
    m_errors.add(QStringLiteral("member_id"), tr("Member"), nullptr);
    FormErrors::setErrorStyle(ui.generalErrorLabel);
    ui.generalErrorLabel->setVisible(false);

    m_save = ui.buttonBox->button(QDialogButtonBox::Save);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &WritingDialog::save);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &WritingDialog::reject);
}

void WritingDialog::connectChanges()
{
    const Ui::WritingDialog& ui = *m_ui;
    connect(ui.kindComboBox, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("kind")); });
    connect(ui.titleLineEdit, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("title")); });
    connect(ui.dateField, &DateField::edited, this, [this] { touch(QStringLiteral("date")); });
    connect(ui.textPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateLengthField();
        touch(QStringLiteral("text"));
    });
    connect(ui.lengthLineEdit, &QLineEdit::textEdited, this,
            [this] { touch(QStringLiteral("chars")); });
    connect(ui.publishedLineEdit, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("published")); });
    connect(ui.awardComboBox, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("award")); });
}

QComboBox* WritingDialog::kindCombo() const
{
    return m_ui->kindComboBox;
}

QLineEdit* WritingDialog::titleEdit() const
{
    return m_ui->titleLineEdit;
}

DateField* WritingDialog::dateField() const
{
    return m_ui->dateField;
}

QPlainTextEdit* WritingDialog::textEdit() const
{
    return m_ui->textPlainTextEdit;
}

QLineEdit* WritingDialog::lengthEdit() const
{
    return m_ui->lengthLineEdit;
}

CharCountLabel* WritingDialog::textCount() const
{
    return m_ui->textCharCountLabel;
}

QLineEdit* WritingDialog::publishedEdit() const
{
    return m_ui->publishedLineEdit;
}

QComboBox* WritingDialog::awardCombo() const
{
    return m_ui->awardComboBox;
}

void WritingDialog::load(const Writing& w)
{
    enumcombo::select(m_ui->kindComboBox, std::optional<WritingKind>(w.kind));
    m_ui->titleLineEdit->setText(w.title);
    m_ui->dateField->setDate(w.date);
    m_ui->textPlainTextEdit->setPlainText(w.text);
    m_ui->lengthLineEdit->setText(w.chars && w.text.isEmpty() ? QString::number(*w.chars)
                                                              : QString());
    m_ui->publishedLineEdit->setText(w.published);
    enumcombo::select(m_ui->awardComboBox, w.award);
    m_original = w;
    updateLengthField();
}

void WritingDialog::updateLengthField()
{
    // With a text the length is its count; without one it is typed.
    const bool hasText = !m_ui->textPlainTextEdit->toPlainText().trimmed().isEmpty();
    m_ui->lengthLineEdit->setReadOnly(hasText);
    m_ui->lengthLineEdit->setEnabled(!hasText);
    if (hasText)
        m_ui->lengthLineEdit->setText(QString::number(m_ui->textCharCountLabel->count()));
    m_ui->lengthLineEdit->setPlaceholderText(hasText ? QString()
                                                     : tr("characters, when there is no text"));
}

Writing WritingDialog::writing() const
{
    Writing w = m_original;
    w.kind = enumcombo::value<WritingKind>(m_ui->kindComboBox).value_or(WritingKind::Reflection);
    w.title = m_ui->titleLineEdit->text().trimmed();
    w.date = m_ui->dateField->date().value_or(Date());
    w.text = m_ui->textPlainTextEdit->toPlainText();
    if (!w.text.trimmed().isEmpty()) {
        // A length given with the text (an import) stays while the text is unchanged.
        w.chars = w.text == m_original.text ? m_original.chars : std::nullopt;
    } else {
        bool ok = false;
        const int n = m_ui->lengthLineEdit->text().toInt(&ok);
        w.chars = ok ? std::optional<int>(n) : std::nullopt;
    }
    w.published = m_ui->publishedLineEdit->text().trimmed();
    w.award = enumcombo::value<Award>(m_ui->awardComboBox);
    return w;
}

bool WritingDialog::isModified() const
{
    return writing() != m_original || !m_ui->dateField->date();
}

bool WritingDialog::canSave() const
{
    return m_save->isEnabled();
}

QString WritingDialog::errorText(const QString& field) const
{
    return m_errors.text(field);
}

void WritingDialog::touch(const QString& key)
{
    m_errors.touch(key);
    validate();
}

std::vector<Error> WritingDialog::problems() const
{
    std::vector<Error> out;
    const bool badDate = !m_ui->dateField->date();
    if (badDate)
        out.push_back(Error::invalid(QStringLiteral("date"), m_ui->dateField->problem()));
    for (Error& e : m_service.check(writing())) {
        if (badDate && e.field == QLatin1String("date"))
            continue;
        out.push_back(std::move(e));
    }
    return out;
}

void WritingDialog::validate()
{
    const std::vector<Error> found = problems();
    const QStringList general = m_errors.show(found);
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_save->setEnabled(found.empty() && isModified());
}

void WritingDialog::save()
{
    validate();
    if (!canSave())
        return;
    auto saved = m_service.save(writing());
    if (!saved) {
        m_errors.setShowAll(true);
        validate();
        MessageBoxes::warning(this, tr("Cannot save the writing"),
                              m_errors.describe(saved.error()));
        return;
    }
    m_savedId = *saved;
    m_original = writing();
    m_original.id = m_savedId;
    QDialog::accept();
}

void WritingDialog::reject()
{
    if (isModified() && MessageBoxes::question(this, tr("Unsaved changes"),
                                               tr("Discard the changes to this writing?"),
                                               QMessageBox::Discard | QMessageBox::Cancel,
                                               QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace sl
