#include "gui/settings/TargetsPage.h"

#include "gui/common/MessageBoxes.h"

#include "services/Clock.h"
#include "services/Ledger.h"

#include "ui_TargetsPage.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace sl {

namespace {

// The hint beside a target names its default: "…; default %1".
template <typename T> void fillHint(QLabel* hint, T value)
{
    hint->setText(hint->text().arg(value));
}

} // namespace

TargetsPage::TargetsPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TargetsPage>()), m_service(ledger),
      m_ledger(ledger)
{
    m_ui->setupUi(this);
    const Actor& actor = m_ledger.actor();
    m_editable = actor.isSingleUser() || actor.role == AccountRole::Admin;
    setUpFields();
    connectEdits();
    const int year = int(Clock::today().year());
    {
        const QSignalBlocker block(m_ui->targetsYearSpinBox);
        m_ui->targetsYearSpinBox->setValue(year);
    }
    load(year);
}

TargetsPage::~TargetsPage() = default;

void TargetsPage::setUpFields()
{
    const Ui::TargetsPage& ui = *m_ui;
    const Rubric d = Rubric::defaults(0);
    fillHint(ui.hoursHintLabel, d.hoursTarget);
    fillHint(ui.cadreHoursHintLabel, d.hoursTargetCadre);
    fillHint(ui.notesHintLabel, d.notesTarget);
    fillHint(ui.cadreNotesHintLabel, d.notesTargetCadre);
    fillHint(ui.speechesHintLabel, d.speechesTarget);
    fillHint(ui.writingsHintLabel, d.writingsTarget);

    m_errors.setForm(ui.formLayout);
    m_errors.setShowAll(true);
    m_errors.add(QStringLiteral("hours_target"), ui.hoursLabel->text(), ui.hoursDoubleSpinBox,
                 ui.hoursErrorLabel);
    m_errors.add(QStringLiteral("hours_target_cadre"), ui.cadreHoursLabel->text(),
                 ui.cadreHoursDoubleSpinBox, ui.cadreHoursErrorLabel);
    m_errors.add(QStringLiteral("notes_target"), ui.notesLabel->text(), ui.notesSpinBox,
                 ui.notesErrorLabel);
    m_errors.add(QStringLiteral("notes_target_cadre"), ui.cadreNotesLabel->text(),
                 ui.cadreNotesSpinBox, ui.cadreNotesErrorLabel);
    m_errors.add(QStringLiteral("speeches_target"), ui.speechesLabel->text(), ui.speechesSpinBox,
                 ui.speechesErrorLabel);
    m_errors.add(QStringLiteral("writings_target"), ui.writingsLabel->text(), ui.writingsSpinBox,
                 ui.writingsErrorLabel);
    m_errors.add(QStringLiteral("year"), tr("Year"), ui.targetsYearSpinBox);
    FormErrors::setErrorStyle(ui.generalErrorLabel);
    ui.generalErrorLabel->setVisible(false);
}

void TargetsPage::connectEdits()
{
    const Ui::TargetsPage& ui = *m_ui;
    for (QDoubleSpinBox* box : {ui.hoursDoubleSpinBox, ui.cadreHoursDoubleSpinBox}) {
        connect(box, &QAbstractSpinBox::editingFinished, this, &TargetsPage::validate);
        connect(box, &QDoubleSpinBox::valueChanged, this, &TargetsPage::validate);
    }
    for (QSpinBox* box :
         {ui.notesSpinBox, ui.cadreNotesSpinBox, ui.speechesSpinBox, ui.writingsSpinBox}) {
        connect(box, &QAbstractSpinBox::editingFinished, this, &TargetsPage::validate);
        connect(box, &QSpinBox::valueChanged, this, &TargetsPage::validate);
    }
    connect(ui.targetsYearSpinBox, &QSpinBox::valueChanged, this, [this](int year) {
        if (year != m_stored.year && !setYear(year)) {
            const QSignalBlocker block(m_ui->targetsYearSpinBox);
            m_ui->targetsYearSpinBox->setValue(m_stored.year);
        }
    });
    connect(ui.targetsSavePushButton, &QPushButton::clicked, this, &TargetsPage::save);
    connect(ui.restoreDefaultsPushButton, &QPushButton::clicked, this,
            &TargetsPage::restoreDefaults);
}

QSpinBox* TargetsPage::yearSpin() const
{
    return m_ui->targetsYearSpinBox;
}

QDoubleSpinBox* TargetsPage::hoursEdit() const
{
    return m_ui->hoursDoubleSpinBox;
}

QDoubleSpinBox* TargetsPage::cadreHoursEdit() const
{
    return m_ui->cadreHoursDoubleSpinBox;
}

QSpinBox* TargetsPage::notesEdit() const
{
    return m_ui->notesSpinBox;
}

QSpinBox* TargetsPage::cadreNotesEdit() const
{
    return m_ui->cadreNotesSpinBox;
}

QSpinBox* TargetsPage::speechesEdit() const
{
    return m_ui->speechesSpinBox;
}

QSpinBox* TargetsPage::writingsEdit() const
{
    return m_ui->writingsSpinBox;
}

QPushButton* TargetsPage::saveButton() const
{
    return m_ui->targetsSavePushButton;
}

int TargetsPage::year() const
{
    return m_stored.year;
}

bool TargetsPage::setYear(int year)
{
    if (year == m_stored.year)
        return true;
    if (isModified() &&
        MessageBoxes::question(this, tr("Unsaved changes"),
                               tr("Discard the changed targets of %1?").arg(m_stored.year),
                               QMessageBox::Discard | QMessageBox::Cancel,
                               QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    {
        const QSignalBlocker block(m_ui->targetsYearSpinBox);
        m_ui->targetsYearSpinBox->setValue(year);
    }
    load(year);
    return true;
}

void TargetsPage::load(int year)
{
    auto rubric = m_service.rubric(year);
    m_stored = rubric ? *rubric : Rubric::defaults(year);
    m_stored.year = year;
    auto stored = m_service.isStored(year);
    QString status;
    if (!rubric)
        status = tr("The targets cannot be read: %1").arg(rubric.error().message);
    else if (m_stored.published)
        status = tr("The results of %1 are published: its targets can no longer change.").arg(year);
    else if (stored && *stored)
        status = tr("Targets set for %1.").arg(year);
    else
        status = tr("%1 has no targets of its own yet: the defaults apply.").arg(year);
    if (!m_editable)
        status += QLatin1Char(' ') + tr("Only an administrator changes them.");
    m_ui->statusLabel->setText(status);
    show(m_stored);
}

void TargetsPage::show(const Rubric& r)
{
    m_ui->hoursDoubleSpinBox->setValue(r.hoursTarget);
    m_ui->cadreHoursDoubleSpinBox->setValue(r.hoursTargetCadre);
    m_ui->notesSpinBox->setValue(r.notesTarget);
    m_ui->cadreNotesSpinBox->setValue(r.notesTargetCadre);
    m_ui->speechesSpinBox->setValue(r.speechesTarget);
    m_ui->writingsSpinBox->setValue(r.writingsTarget);
    const bool editable = m_editable && !m_stored.published;
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{
             m_ui->hoursDoubleSpinBox, m_ui->cadreHoursDoubleSpinBox, m_ui->notesSpinBox,
             m_ui->cadreNotesSpinBox, m_ui->speechesSpinBox, m_ui->writingsSpinBox})
        box->setReadOnly(!editable);
    m_ui->restoreDefaultsPushButton->setEnabled(editable);
    validate();
}

Rubric TargetsPage::rubric() const
{
    Rubric r = m_stored;
    r.hoursTarget = m_ui->hoursDoubleSpinBox->value();
    r.hoursTargetCadre = m_ui->cadreHoursDoubleSpinBox->value();
    r.notesTarget = m_ui->notesSpinBox->value();
    r.notesTargetCadre = m_ui->cadreNotesSpinBox->value();
    r.speechesTarget = m_ui->speechesSpinBox->value();
    r.writingsTarget = m_ui->writingsSpinBox->value();
    return r;
}

bool TargetsPage::isModified() const
{
    return rubric() != m_stored;
}

bool TargetsPage::canSave() const
{
    return m_ui->targetsSavePushButton->isEnabled();
}

QString TargetsPage::errorText(const QString& field) const
{
    return m_errors.text(field);
}

QString TargetsPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void TargetsPage::validate()
{
    const std::vector<Error> problems = RubricService::check(rubric());
    const QStringList general = m_errors.show(problems);
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_ui->targetsSavePushButton->setEnabled(m_editable && !m_stored.published && problems.empty() &&
                                            isModified());
}

void TargetsPage::restoreDefaults()
{
    Rubric r = rubric();
    const Rubric d = Rubric::defaults(r.year);
    m_ui->hoursDoubleSpinBox->setValue(d.hoursTarget);
    m_ui->cadreHoursDoubleSpinBox->setValue(d.hoursTargetCadre);
    m_ui->notesSpinBox->setValue(d.notesTarget);
    m_ui->cadreNotesSpinBox->setValue(d.notesTargetCadre);
    m_ui->speechesSpinBox->setValue(d.speechesTarget);
    m_ui->writingsSpinBox->setValue(d.writingsTarget);
    validate();
}

bool TargetsPage::save()
{
    validate();
    const Rubric r = rubric();
    if (const std::vector<Error> problems = RubricService::check(r); !problems.empty()) {
        MessageBoxes::warning(this, tr("Cannot save the targets"),
                              m_errors.describe(problems.front()));
        return false;
    }
    if (!canSave())
        return false;
    if (Status s = m_service.save(r); !s) {
        MessageBoxes::warning(this, tr("Cannot save the targets"), m_errors.describe(s.error()));
        return false;
    }
    load(r.year);
    return true;
}

} // namespace sl
