#include "gui/plan/PlanItemDialog.h"

#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"

#include "services/PlanService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl {

PlanItemDialog::PlanItemDialog(PlanService& service, const PlanItem& item, QWidget* parent)
    : QDialog(parent), m_service(service), m_original(item), m_month(new QSpinBox(this)),
      m_topic(new QLineEdit(this)), m_form(new QComboBox(this)), m_lead(new QLineEdit(this)),
      m_trigger(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("planItemDialog"));
    setWindowTitle(item.id == 0 ? tr("New Plan Item") : tr("Edit Plan Item %1").arg(item.itemNo));
    m_month->setRange(1, 12);
    m_month->setValue(item.month);
    m_topic->setText(item.topic);
    m_topic->setObjectName(QStringLiteral("topicLineEdit"));
    enumcombo::fill<SessionForm>(m_form);
    enumcombo::select(m_form, std::optional(item.form));
    m_lead->setText(item.lead);
    enumcombo::fill<Trigger>(m_trigger, tr("(none)"));
    enumcombo::select(m_trigger, item.trigger);
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    m_error->setPalette(pal);
    auto* form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("Three m&usts:"), m_trigger);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanItemDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_month, &QSpinBox::valueChanged, this, &PlanItemDialog::validate);
    connect(m_topic, &QLineEdit::textChanged, this, &PlanItemDialog::validate);
    connect(m_lead, &QLineEdit::textChanged, this, &PlanItemDialog::validate);
    connect(m_form, &QComboBox::currentIndexChanged, this, &PlanItemDialog::validate);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &PlanItemDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

PlanItem PlanItemDialog::item() const
{
    PlanItem i = m_original;
    i.month = m_month->value();
    i.topic = m_topic->text().trimmed();
    i.form = enumcombo::value<SessionForm>(m_form).value_or(SessionForm::Collective);
    i.lead = m_lead->text().trimmed();
    i.trigger = enumcombo::value<Trigger>(m_trigger);
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
    for (const Error& e : m_service.checkItem(item())) {
        QString label = e.field;
        for (const auto& [key, text] : labels) {
            if (e.field == QLatin1String(key))
                label = tr(text);
        }
        lines << tr("%1: %2").arg(label, e.message);
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty());
}

QString PlanItemDialog::errorText() const
{
    return m_error->text();
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
