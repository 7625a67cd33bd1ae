#include "gui/attendance/MakeupDialog.h"

#include "gui/common/DateField.h"

#include "ui_MakeupDialog.h"

#include <QPushButton>

namespace sl {

MakeupDialog::MakeupDialog(const QString& memberName, const QString& session, const Date& date,
                           const QString& note, Check check, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MakeupDialog>()), m_check(std::move(check))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Make-up Study of %1").arg(memberName));
    m_ui->sessionLabel->setTextFormat(Qt::PlainText); // a topic may hold < and >
    m_ui->sessionLabel->setText(session);
    m_ui->dateField->setDate(date);
    m_ui->noteLineEdit->setText(note);

    m_errors.setForm(m_ui->formLayout);
    m_errors.add(QStringLiteral("makeup_date"), m_ui->dateLabel->text(),
                 m_ui->dateField->lineEdit(), m_ui->dateErrorLabel);
    m_errors.add(QStringLiteral("makeup_note"), m_ui->noteLabel->text(), m_ui->noteLineEdit,
                 m_ui->noteErrorLabel);
    m_errors.setShowAll(true); // the date is filled in: every problem shows at once
    FormErrors::setErrorStyle(m_ui->generalErrorLabel);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_save->setDefault(true);

    connect(m_ui->dateField, &DateField::edited, this, &MakeupDialog::validate);
    connect(m_ui->noteLineEdit, &QLineEdit::textChanged, this, &MakeupDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (canSave())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
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

bool MakeupDialog::canSave() const
{
    return m_save->isEnabled();
}

QString MakeupDialog::errorText(const QString& field) const
{
    return m_errors.text(field);
}

void MakeupDialog::validate()
{
    std::vector<Error> found;
    const bool badDate = !m_ui->dateField->date();
    if (badDate)
        found.push_back(Error::invalid(QStringLiteral("makeup_date"),
                                       tr("is not a date; type it like 2026-03-05")));
    if (m_check) {
        for (Error& e : m_check(date(), note())) {
            if (!(badDate && e.field == QLatin1String("makeup_date")))
                found.push_back(std::move(e));
        }
    }
    const QStringList general = m_errors.show(found);
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_save->setEnabled(found.empty());
}

} // namespace sl
