#include "gui/selfstudy/SelfStudyDialog.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"
#include "gui/selfstudy/MinutesCombo.h"

#include "services/SelfStudyService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl {

SelfStudyDialog::SelfStudyDialog(SelfStudyService& service, const SelfStudyEntry& entry,
                                 QWidget* parent)
    : QDialog(parent), m_service(service), m_original(entry)
{
    setWindowTitle(tr("Edit self-study — %1").arg(dates::toIso(entry.date)));
    build();
    m_date->setDate(entry.date);
    m_minutes->setMinutes(entry.minutes);
    m_material->setText(entry.material);
    enumcombo::select(m_medium, entry.medium);
    m_notes->setPlainText(entry.notes);
    // An existing entry shows every problem at once.
    m_errors.setShowAll(true);
    validate();
}

QLabel* SelfStudyDialog::messageLabel()
{
    auto* label = new QLabel(this);
    label->setVisible(false);
    return label;
}

void SelfStudyDialog::build()
{
    m_date = new DateField(this);
    m_minutes = new MinutesCombo(this);
    m_material = new QLineEdit(this);
    m_material->setMaxLength(300);
    m_medium = new QComboBox(this);
    enumcombo::fill<Medium>(m_medium, QStringLiteral("—"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_count = new CharCountLabel(
        m_notes, [](int n) { return tr("Notes: %n character(s)", nullptr, n); }, this);

    auto* form = new QFormLayout;
    m_errors.setForm(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto addRow = [&](const QString& key, const QString& label, QWidget* widget, QWidget* marked) {
        QLabel* message = messageLabel();
        form->addRow(label, widget);
        form->addRow(QString(), message);
        m_errors.add(key, label, marked, message);
    };
    addRow(QStringLiteral("date"), tr("Date"), m_date, m_date->lineEdit());
    addRow(QStringLiteral("minutes"), tr("Minutes"), m_minutes, m_minutes);
    addRow(QStringLiteral("material"), tr("Material"), m_material, m_material);
    addRow(QStringLiteral("medium"), tr("Medium"), m_medium, m_medium);
    addRow(QStringLiteral("notes"), tr("Notes"), m_notes, m_notes);
    form->addRow(QString(), m_count);
    m_errors.add(QStringLiteral("member_id"), tr("Member"), nullptr);

    m_general = messageLabel();
    FormErrors::setErrorStyle(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (canSave())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &SelfStudyDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_date, &DateField::edited, this, [this] { touch(QStringLiteral("date")); });
    connect(m_minutes, &MinutesCombo::edited, this, [this] { touch(QStringLiteral("minutes")); });
    connect(m_material, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("material")); });
    connect(m_medium, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("medium")); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { touch(QStringLiteral("notes")); });
}

SelfStudyEntry SelfStudyDialog::entry() const
{
    SelfStudyEntry e = m_original;
    e.date = m_date->date().value_or(Date());
    e.minutes = m_minutes->minutes().value_or(0);
    e.material = m_material->text().trimmed();
    e.medium = enumcombo::value<Medium>(m_medium);
    e.notes = m_notes->toPlainText();
    return e;
}

bool SelfStudyDialog::isModified() const
{
    return entry() != m_original || !m_date->date() || !m_minutes->minutes();
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
    const bool badDate = !m_date->date();
    const bool badMinutes = !m_minutes->minutes();
    if (badDate)
        found.push_back(
            Error::invalid(QStringLiteral("date"), tr("is not a date; type it like 2026-03-05")));
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
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
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
