#include "gui/plan/PlanItemDialog.h"

#include "gui/common/EnumCombo.h"
#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/MonthSpinBox.h"

#include "services/PlanService.h"

#include "ui_PlanItemDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sl {

PlanItemDialog::PlanItemDialog(PlanService& service, const PlanItem& item, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlanItemDialog>()), m_service(service),
      m_original(item)
{
    m_ui->setupUi(this);
    setWindowTitle(item.id == 0 ? tr("New Plan Item") : tr("Edit Plan Item %1").arg(item.itemNo));
    FormErrors::setErrorStyle(m_ui->errorLabel);
    load(item);
    m_save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PlanItemDialog::reject);
    connect(m_ui->monthSpinBox, &QSpinBox::valueChanged, this, &PlanItemDialog::validate);
    connect(m_ui->monthSpinBox, &MonthSpinBox::problemChanged, this, &PlanItemDialog::validate);
    connect(m_ui->topicLineEdit, &QLineEdit::textChanged, this, &PlanItemDialog::validate);
    connect(m_ui->leadLineEdit, &QLineEdit::textChanged, this, &PlanItemDialog::validate);
    connect(m_ui->formComboBox, &QComboBox::currentIndexChanged, this, &PlanItemDialog::validate);
    connect(m_ui->triggerComboBox, &QComboBox::currentIndexChanged, this,
            &PlanItemDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

PlanItemDialog::~PlanItemDialog() = default;

void PlanItemDialog::load(const PlanItem& item)
{
    m_ui->monthSpinBox->setValue(item.month);
    m_ui->topicLineEdit->setText(item.topic);
    enumcombo::fill<SessionForm>(m_ui->formComboBox);
    enumcombo::select(m_ui->formComboBox, std::optional(item.form));
    m_ui->leadLineEdit->setText(item.lead);
    enumcombo::fill<Trigger>(m_ui->triggerComboBox, tr("(none)"));
    enumcombo::select(m_ui->triggerComboBox, item.trigger);
}

QSpinBox* PlanItemDialog::monthSpin() const
{
    return m_ui->monthSpinBox;
}

QLineEdit* PlanItemDialog::topicEdit() const
{
    return m_ui->topicLineEdit;
}

QLineEdit* PlanItemDialog::leadEdit() const
{
    return m_ui->leadLineEdit;
}

QComboBox* PlanItemDialog::formCombo() const
{
    return m_ui->formComboBox;
}

PlanItem PlanItemDialog::item() const
{
    PlanItem i = m_original;
    i.month = m_ui->monthSpinBox->value();
    i.topic = m_ui->topicLineEdit->text().trimmed();
    i.form = enumcombo::value<SessionForm>(m_ui->formComboBox).value_or(SessionForm::Collective);
    i.lead = m_ui->leadLineEdit->text().trimmed();
    i.trigger = enumcombo::value<Trigger>(m_ui->triggerComboBox);
    return i;
}

void PlanItemDialog::validate()
{
    static const std::pair<const char*, const char*> labels[] = {
        {"month", QT_TR_NOOP("Month")},         {"topic", QT_TR_NOOP("Topic")},
        {"form", QT_TR_NOOP("Form")},           {"lead", QT_TR_NOOP("Lead")},
        {"trigger", QT_TR_NOOP("Three musts")}, {"item_no", QT_TR_NOOP("No.")},
        {"plan", QT_TR_NOOP("Plan")},
    };
    QStringList lines;
    if (const QString typed = m_ui->monthSpinBox->problem(); !typed.isEmpty())
        lines << tr("%1: %2").arg(tr(labels[0].second), typed);
    for (const Error& e : m_service.checkItem(item())) {
        QString label = e.field;
        for (const auto& [key, text] : labels) {
            if (e.field == QLatin1String(key))
                label = tr(text);
        }
        lines << tr("%1: %2").arg(label, e.message);
    }
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty());
}

QString PlanItemDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void PlanItemDialog::reject()
{
    if (item() != m_original &&
        MessageBoxes::question(this, windowTitle(), tr("Drop the changes to this item?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace sl
