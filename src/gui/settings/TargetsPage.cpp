#include "gui/settings/TargetsPage.h"

#include "gui/common/MessageBoxes.h"

#include "services/Clock.h"
#include "services/Ledger.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr int minYear = 2000;
constexpr int maxYear = 2100;

QDoubleSpinBox* hoursBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 2000);
    box->setDecimals(1);
    box->setSuffix(TargetsPage::tr(" hours"));
    return box;
}

QSpinBox* countBox(QWidget* parent, int max, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

TargetsPage::TargetsPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_service(ledger), m_ledger(ledger)
{
    const Actor& actor = m_ledger.actor();
    m_editable = actor.isSingleUser() || actor.role == AccountRole::Admin;
    build();
    const int year = int(Clock::today().year());
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    load(year);
}

void TargetsPage::build()
{
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("targetsYearSpinBox"));
    m_year->setRange(minYear, maxYear);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* yearLine = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    yearLine->addWidget(yearLabel);
    yearLine->addWidget(m_year);
    yearLine->addSpacing(12);
    yearLine->addWidget(m_status, 1);

    m_hours = hoursBox(this);
    m_hoursCadre = hoursBox(this);
    m_notes = countBox(this, 10'000'000, tr(" characters"));
    m_notesCadre = countBox(this, 10'000'000, tr(" characters"));
    m_speeches = countBox(this, 1000, tr(" speeches"));
    m_writings = countBox(this, 1000, tr(" units"));

    auto* form = new QFormLayout;
    m_errors.setForm(form);
    m_errors.setShowAll(true);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto addRow = [&](const char* key, const QString& label, QAbstractSpinBox* box,
                      const QString& hint) {
        auto* line = new QHBoxLayout;
        line->addWidget(box);
        auto* hintLabel = new QLabel(hint, this);
        hintLabel->setEnabled(false);
        line->addWidget(hintLabel, 1);
        auto* message = new QLabel(this);
        form->addRow(label, line);
        form->addRow(QString(), message);
        m_errors.add(QString::fromLatin1(key), label, box, message);
        box->setMinimumWidth(150);
        connect(box, &QAbstractSpinBox::editingFinished, this, &TargetsPage::validate);
    };
    const Rubric d = Rubric::defaults(0);
    addRow("hours_target", tr("Hours, ordinary members"), m_hours,
           tr("collective study + self-study; default %1").arg(d.hoursTarget));
    addRow("hours_target_cadre", tr("Hours, cadres"), m_hoursCadre,
           tr("members whose cadre level is not 无; default %1").arg(d.hoursTargetCadre));
    addRow("notes_target", tr("Notes, ordinary members"), m_notes,
           tr("characters of self-study notes; default %1").arg(d.notesTarget));
    addRow("notes_target_cadre", tr("Notes, cadres"), m_notesCadre,
           tr("default %1").arg(d.notesTargetCadre));
    addRow("speeches_target", tr("Speeches"), m_speeches,
           tr("speeches at study sessions; default %1").arg(d.speechesTarget));
    addRow("writings_target", tr("Writing units"), m_writings,
           tr("心得体会 and 理论文章 count 1, 调研报告 2; default %1").arg(d.writingsTarget));
    m_errors.add(QStringLiteral("year"), tr("Year"), m_year);

    for (QDoubleSpinBox* box : {m_hours, m_hoursCadre})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TargetsPage::validate);
    for (QSpinBox* box : {m_notes, m_notesCadre, m_speeches, m_writings})
        connect(box, &QSpinBox::valueChanged, this, &TargetsPage::validate);

    m_general = new QLabel(this);
    FormErrors::setErrorStyle(m_general);
    m_general->setVisible(false);
    m_defaults = new QPushButton(tr("Restore &Defaults"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("targetsSaveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_save);

    auto* intro = new QLabel(tr("The targets each member should reach in the year. For a "
                                "shorter period they are prorated by days; “my year” shows the "
                                "part due by today."),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(yearLine);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (year != m_stored.year && !setYear(year)) {
            const QSignalBlocker block(m_year);
            m_year->setValue(m_stored.year);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &TargetsPage::save);
    connect(m_defaults, &QPushButton::clicked, this, &TargetsPage::restoreDefaults);
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
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
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
    m_status->setText(status);
    show(m_stored);
}

void TargetsPage::show(const Rubric& r)
{
    m_hours->setValue(r.hoursTarget);
    m_hoursCadre->setValue(r.hoursTargetCadre);
    m_notes->setValue(r.notesTarget);
    m_notesCadre->setValue(r.notesTargetCadre);
    m_speeches->setValue(r.speechesTarget);
    m_writings->setValue(r.writingsTarget);
    const bool editable = m_editable && !m_stored.published;
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{
             m_hours, m_hoursCadre, m_notes, m_notesCadre, m_speeches, m_writings})
        box->setReadOnly(!editable);
    m_defaults->setEnabled(editable);
    validate();
}

Rubric TargetsPage::rubric() const
{
    Rubric r = m_stored;
    r.hoursTarget = m_hours->value();
    r.hoursTargetCadre = m_hoursCadre->value();
    r.notesTarget = m_notes->value();
    r.notesTargetCadre = m_notesCadre->value();
    r.speechesTarget = m_speeches->value();
    r.writingsTarget = m_writings->value();
    return r;
}

bool TargetsPage::isModified() const
{
    return rubric() != m_stored;
}

bool TargetsPage::canSave() const
{
    return m_save->isEnabled();
}

QString TargetsPage::errorText(const QString& field) const
{
    return m_errors.text(field);
}

QString TargetsPage::statusText() const
{
    return m_status->text();
}

void TargetsPage::validate()
{
    const std::vector<Error> problems = RubricService::check(rubric());
    const QStringList general = m_errors.show(problems);
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    m_save->setEnabled(m_editable && !m_stored.published && problems.empty() && isModified());
}

void TargetsPage::restoreDefaults()
{
    Rubric r = rubric();
    const Rubric d = Rubric::defaults(r.year);
    m_hours->setValue(d.hoursTarget);
    m_hoursCadre->setValue(d.hoursTargetCadre);
    m_notes->setValue(d.notesTarget);
    m_notesCadre->setValue(d.notesTargetCadre);
    m_speeches->setValue(d.speechesTarget);
    m_writings->setValue(d.writingsTarget);
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
