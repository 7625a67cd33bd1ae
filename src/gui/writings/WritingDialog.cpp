#include "gui/writings/WritingDialog.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"

#include "domain/ActivityRules.h"
#include "services/WritingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl {

WritingDialog::WritingDialog(WritingService& service, const Writing& writing, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(writing.id == 0 ? tr("New writing")
                                   : tr("Edit writing — %1").arg(writing.title));
    build();
    load(writing);
    m_original = this->writing(); // as the fields hold it: an untouched form is unmodified
    m_original.id = writing.id;
    m_errors.setShowAll(writing.id != 0);
    validate();
}

void WritingDialog::build()
{
    m_kind = new QComboBox(this);
    enumcombo::fill<WritingKind>(m_kind);
    m_title = new QLineEdit(this);
    m_title->setMaxLength(300);
    m_date = new DateField(this);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Paste or type the text; or give only its length below"));
    m_count = new CharCountLabel(
        m_text, [](int n) { return tr("Text: %n character(s)", nullptr, n); }, this);
    m_length = new QLineEdit(this);
    m_length->setValidator(new QIntValidator(0, rules::maxWritingChars, m_length));
    m_length->setMaximumWidth(160);
    m_published = new QLineEdit(this);
    m_published->setMaxLength(300);
    m_published->setPlaceholderText(tr("e.g. 机关党建 2026年第3期, or the branch exchange"));
    m_award = new QComboBox(this);
    enumcombo::fill<Award>(m_award, tr("(none)"));
    if (!m_service.mayAppraise()) {
        m_award->setEnabled(false);
        m_award->setToolTip(tr("Only a secretary or an administrator sets the appraisal result."));
    }

    auto* form = new QFormLayout;
    m_errors.setForm(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto addRow = [&](const QString& key, const QString& label, QWidget* widget, QWidget* marked) {
        auto* message = new QLabel(this);
        form->addRow(label, widget);
        form->addRow(QString(), message);
        m_errors.add(key, label, marked, message);
    };
    addRow(QStringLiteral("kind"), tr("Kind"), m_kind, m_kind);
    addRow(QStringLiteral("title"), tr("Title"), m_title, m_title);
    addRow(QStringLiteral("date"), tr("Date"), m_date, m_date->lineEdit());
    addRow(QStringLiteral("text"), tr("Text"), m_text, m_text);
    form->addRow(QString(), m_count);
    addRow(QStringLiteral("chars"), tr("Length"), m_length, m_length);
    addRow(QStringLiteral("published"), tr("Published in"), m_published, m_published);
    addRow(QStringLiteral("award"), tr("Appraisal"), m_award, m_award);
    m_errors.add(QStringLiteral("member_id"), tr("Member"), nullptr);

    m_general = new QLabel(this);
    m_general->setVisible(false);
    FormErrors::setErrorStyle(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &WritingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &WritingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumSize(600, 560);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("kind")); });
    connect(m_title, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("title")); });
    connect(m_date, &DateField::edited, this, [this] { touch(QStringLiteral("date")); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateLengthField();
        touch(QStringLiteral("text"));
    });
    connect(m_length, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("chars")); });
    connect(m_published, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("published")); });
    connect(m_award, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("award")); });
}

void WritingDialog::load(const Writing& w)
{
    enumcombo::select(m_kind, std::optional<WritingKind>(w.kind));
    m_title->setText(w.title);
    m_date->setDate(w.date);
    m_text->setPlainText(w.text);
    m_length->setText(w.chars && w.text.isEmpty() ? QString::number(*w.chars) : QString());
    m_published->setText(w.published);
    enumcombo::select(m_award, w.award);
    m_original = w;
    updateLengthField();
}

void WritingDialog::updateLengthField()
{
    // With a text the length is its count; without one it is typed.
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    m_length->setReadOnly(hasText);
    m_length->setEnabled(!hasText);
    if (hasText)
        m_length->setText(QString::number(m_count->count()));
    m_length->setPlaceholderText(hasText ? QString() : tr("characters, when there is no text"));
}

Writing WritingDialog::writing() const
{
    Writing w = m_original;
    w.kind = enumcombo::value<WritingKind>(m_kind).value_or(WritingKind::Reflection);
    w.title = m_title->text().trimmed();
    w.date = m_date->date().value_or(Date());
    w.text = m_text->toPlainText();
    if (!w.text.trimmed().isEmpty()) {
        // A length given with the text (an import) stays while the text is unchanged.
        w.chars = w.text == m_original.text ? m_original.chars : std::nullopt;
    } else {
        bool ok = false;
        const int n = m_length->text().toInt(&ok);
        w.chars = ok ? std::optional<int>(n) : std::nullopt;
    }
    w.published = m_published->text().trimmed();
    w.award = enumcombo::value<Award>(m_award);
    return w;
}

bool WritingDialog::isModified() const
{
    return writing() != m_original || !m_date->date();
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
    const bool badDate = !m_date->date();
    if (badDate)
        out.push_back(
            Error::invalid(QStringLiteral("date"), tr("is not a date; type it like 2026-03-05")));
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
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
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
