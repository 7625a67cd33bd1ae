#include "gui/settings/RubricPage.h"

#include "gui/common/MessageBoxes.h"
#include "gui/settings/SaveRubricCommand.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/LedgerEvents.h"

#include "ui_RubricPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

#include <cmath>
#include <variant>

namespace sl {

namespace {

// One field of the form: the rubrics column it edits (the key of RubricService::check's
// errors), its widgets in the form and the member of Rubric it shows.
struct Binding
{
    const char* key;
    QDoubleSpinBox* Ui::RubricPage::*spin;
    QLabel* Ui::RubricPage::*label;
    QLabel* Ui::RubricPage::*hint;
    QLabel* Ui::RubricPage::*error;
    std::variant<double Rubric::*, int Rubric::*> value;
};

#define SL_FIELD(key, name, member)                                                                \
    Binding                                                                                        \
    {                                                                                              \
        key, &Ui::RubricPage::name##DoubleSpinBox, &Ui::RubricPage::name##Label,                   \
            &Ui::RubricPage::name##HintLabel, &Ui::RubricPage::name##ErrorLabel, &Rubric::member   \
    }

const Binding bindings[] = {
    SL_FIELD("attendance_max", attendanceMax, attendanceMax),
    SL_FIELD("hours_max", hoursMax, hoursMax),
    SL_FIELD("notes_max", notesMax, notesMax),
    SL_FIELD("speeches_max", speechesMax, speechesMax),
    SL_FIELD("writings_max", writingsMax, writingsMax),
    SL_FIELD("points_present", pointsPresent, pointsPresent),
    SL_FIELD("points_late", pointsLate, pointsLate),
    SL_FIELD("points_early_leave", pointsEarlyLeave, pointsEarlyLeave),
    SL_FIELD("points_excused", pointsExcused, pointsExcused),
    SL_FIELD("points_absent", pointsAbsent, pointsAbsent),
    SL_FIELD("points_makeup", pointsMakeup, pointsMakeup),
    SL_FIELD("hours_target", hoursTarget, hoursTarget),
    SL_FIELD("hours_target_cadre", hoursTargetCadre, hoursTargetCadre),
    SL_FIELD("notes_target", notesTarget, notesTarget),
    SL_FIELD("notes_target_cadre", notesTargetCadre, notesTargetCadre),
    SL_FIELD("speeches_target", speechesTarget, speechesTarget),
    SL_FIELD("writings_target", writingsTarget, writingsTarget),
    SL_FIELD("bonus_per_award", bonusPerAward, bonusPerAward),
    SL_FIELD("bonus_max", bonusMax, bonusMax),
    SL_FIELD("grade_excellent", gradeExcellent, gradeExcellent),
    SL_FIELD("grade_pass", gradePass, gradePass),
    SL_FIELD("grade_basic_pass", gradeBasicPass, gradeBasicPass),
};

#undef SL_FIELD

double valueOf(const Rubric& r, const Binding& b)
{
    return std::visit([&r](auto member) { return double(r.*member); }, b.value);
}

void setValueOf(Rubric& r, const Binding& b, double value)
{
    std::visit(
        [&r, value](auto member) {
            using T = std::remove_reference_t<decltype(r.*member)>;
            if constexpr (std::is_same_v<T, int>)
                r.*member = int(std::lround(value));
            else
                r.*member = value;
        },
        b.value);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 8);
}

} // namespace

RubricPage::RubricPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RubricPage>()), m_service(ledger),
      m_ledger(ledger), m_undo(new QUndoStack(this)),
      m_undoContext(std::make_shared<LedgerCommand::Context>())
{
    m_ui->setupUi(this);
    const Actor& actor = m_ledger.actor();
    m_editable = actor.isSingleUser() || actor.role == AccountRole::Admin;
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Cannot save the rubric"), m_errors.describe(e));
    };
    setUpFields();
    connectEdits();
    const int year = int(Clock::today().year());
    {
        const QSignalBlocker block(m_ui->rubricYearSpinBox);
        m_ui->rubricYearSpinBox->setValue(year);
    }
    load(year);
}

RubricPage::~RubricPage() = default;

void RubricPage::setUpFields()
{
    Ui::RubricPage& ui = *m_ui;
    const Rubric d = Rubric::defaults(0);
    for (const Binding& b : bindings) {
        QLabel* hint = ui.*b.hint;
        hint->setText(hint->text().arg(number(valueOf(d, b))));
        (ui.*b.spin)->setGroupSeparatorShown(true);
        m_errors.add(QString::fromLatin1(b.key), (ui.*b.label)->text(), ui.*b.spin, ui.*b.error);
    }
    m_errors.add(QStringLiteral("weights"), tr("Sum of the maxima"), nullptr, ui.weightsErrorLabel);
    m_errors.add(QStringLiteral("year"), tr("Year"), ui.rubricYearSpinBox);
    m_errors.setShowAll(true);
    FormErrors::setErrorStyle(ui.generalErrorLabel);
    ui.generalErrorLabel->setVisible(false);
    QFont bold = ui.sumValueLabel->font();
    bold.setBold(true);
    ui.sumValueLabel->setFont(bold);
}

void RubricPage::connectEdits()
{
    const Ui::RubricPage& ui = *m_ui;
    for (const Binding& b : bindings) {
        QDoubleSpinBox* box = ui.*b.spin;
        connect(box, &QAbstractSpinBox::editingFinished, this, &RubricPage::validate);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RubricPage::validate);
    }
    connect(ui.rubricYearSpinBox, &QSpinBox::valueChanged, this, [this](int year) {
        if (year != m_stored.year && !setYear(year)) {
            const QSignalBlocker block(m_ui->rubricYearSpinBox);
            m_ui->rubricYearSpinBox->setValue(m_stored.year);
        }
    });
    connect(ui.vetoCheckBox, &QCheckBox::toggled, this, &RubricPage::validate);
    connect(ui.rubricSavePushButton, &QPushButton::clicked, this, &RubricPage::save);
    connect(ui.restoreDefaultsPushButton, &QPushButton::clicked, this,
            &RubricPage::restoreDefaults);
    // A save elsewhere (or its undo) shows here unless the user is typing.
    connect(&m_ledger.events(), &LedgerEvents::settingsChanged, this, [this](int year) {
        if ((year == 0 || year == m_stored.year) && !isModified())
            load(m_stored.year);
    });
}

QSpinBox* RubricPage::yearSpin() const
{
    return m_ui->rubricYearSpinBox;
}

QDoubleSpinBox* RubricPage::field(const QString& key) const
{
    for (const Binding& b : bindings) {
        if (key == QLatin1String(b.key))
            return (*m_ui).*b.spin;
    }
    return nullptr;
}

QPushButton* RubricPage::saveButton() const
{
    return m_ui->rubricSavePushButton;
}

QPushButton* RubricPage::restoreDefaultsButton() const
{
    return m_ui->restoreDefaultsPushButton;
}

int RubricPage::year() const
{
    return m_stored.year;
}

QString RubricPage::pendingChangesQuestion() const
{
    return tr("The rubric and targets of %1 have unsaved changes. Save them?").arg(m_stored.year);
}

bool RubricPage::setYear(int year)
{
    if (year == m_stored.year)
        return true;
    if (!pendingchanges::settle(this, {this}))
        return false;
    {
        const QSignalBlocker block(m_ui->rubricYearSpinBox);
        m_ui->rubricYearSpinBox->setValue(year);
    }
    load(year);
    return true;
}

void RubricPage::load(int year)
{
    auto rubric = m_service.rubric(year);
    m_stored = rubric ? *rubric : Rubric::defaults(year);
    m_stored.year = year;
    auto stored = m_service.isStored(year);
    QString status;
    if (!rubric)
        status = tr("The rubric cannot be read: %1").arg(rubric.error().message);
    else if (m_stored.published)
        status = tr("The results of %1 are published: its rubric is frozen and can no longer "
                    "change.")
                     .arg(year);
    else if (stored && *stored)
        status = tr("Rubric set for %1.").arg(year);
    else
        status = tr("%1 has no rubric of its own yet: the defaults apply.").arg(year);
    if (!m_editable)
        status += QLatin1Char(' ') + tr("Only an administrator changes it; you see it read-only.");
    m_ui->statusLabel->setText(status);
    show(m_stored);
}

void RubricPage::show(const Rubric& r)
{
    const bool readOnly = !m_editable || m_stored.published;
    for (const Binding& b : bindings) {
        QDoubleSpinBox* box = (*m_ui).*b.spin;
        const QSignalBlocker block(box);
        box->setValue(valueOf(r, b));
        box->setReadOnly(readOnly);
        box->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                       : QAbstractSpinBox::UpDownArrows);
    }
    {
        const QSignalBlocker block(m_ui->vetoCheckBox);
        m_ui->vetoCheckBox->setChecked(r.veto);
    }
    m_ui->vetoCheckBox->setEnabled(!readOnly);
    m_ui->restoreDefaultsPushButton->setEnabled(!readOnly);
    validate();
}

Rubric RubricPage::rubric() const
{
    Rubric r = m_stored;
    for (const Binding& b : bindings)
        setValueOf(r, b, ((*m_ui).*b.spin)->value());
    r.veto = m_ui->vetoCheckBox->isChecked();
    return r;
}

bool RubricPage::isModified() const
{
    return rubric() != m_stored;
}

bool RubricPage::isReadOnly() const
{
    return !m_editable || m_stored.published;
}

bool RubricPage::canSave() const
{
    return m_ui->rubricSavePushButton->isEnabled();
}

QString RubricPage::errorText(const QString& field) const
{
    return m_errors.text(field);
}

QString RubricPage::statusText() const
{
    return m_ui->statusLabel->text();
}

QString RubricPage::sumText() const
{
    return m_ui->sumValueLabel->text();
}

QCheckBox* RubricPage::vetoCheck() const
{
    return m_ui->vetoCheckBox;
}

QString RubricPage::vetoText() const
{
    return m_ui->vetoLabel->text();
}

void RubricPage::validate()
{
    const Rubric r = rubric();
    m_ui->sumValueLabel->setText(tr("%1 of 100").arg(number(r.maxTotal())));
    const std::vector<Error> problems = RubricService::check(r);
    const QStringList general = m_errors.show(problems);
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_ui->rubricSavePushButton->setEnabled(!isReadOnly() && problems.empty() && isModified());
}

void RubricPage::restoreDefaults()
{
    const Rubric d = Rubric::defaults(m_stored.year);
    for (const Binding& b : bindings) {
        QDoubleSpinBox* box = (*m_ui).*b.spin;
        const QSignalBlocker block(box);
        box->setValue(valueOf(d, b));
    }
    const QSignalBlocker block(m_ui->vetoCheckBox);
    m_ui->vetoCheckBox->setChecked(d.veto);
    validate();
}

bool RubricPage::save()
{
    validate();
    const Rubric r = rubric();
    if (const std::vector<Error> problems = RubricService::check(r); !problems.empty()) {
        MessageBoxes::warning(this, tr("Cannot save the rubric"),
                              m_errors.describe(problems.front()));
        return false;
    }
    if (!canSave())
        return false;
    m_undo->push(new SaveRubricCommand(m_undoContext, m_service, m_stored, r));
    if (m_undoContext->failed)
        return false;
    load(r.year);
    return true;
}

} // namespace sl
