#include "gui/sessions/SeriesDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"
#include "gui/selfstudy/MinutesCombo.h"

#include "services/Clock.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include "ui_SeriesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace sl {

SeriesDialog::SeriesDialog(Ledger& ledger, qint64 groupId, int year, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SeriesDialog>()),
      m_service(std::make_unique<SessionService>(ledger)), m_groupId(groupId)
{
    m_ui->setupUi(this);
    showGroup(ledger);
    fillChoices(year);
    FormErrors::setErrorStyle(m_ui->errorLabel);
    m_create = m_ui->buttonBox->addButton(tr("&Create Sessions"), QDialogButtonBox::AcceptRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);

    const Ui::SeriesDialog& ui = *m_ui;
    for (QComboBox* c : {ui.kindComboBox, ui.nthComboBox, ui.weekdayComboBox, ui.weekendComboBox,
                         ui.formComboBox, ui.statusComboBox})
        connect(c, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(ui.daySpinBox, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(ui.fromDateField, &DateField::edited, this, &SeriesDialog::updatePreview);
    connect(ui.toDateField, &DateField::edited, this, &SeriesDialog::updatePreview);
    connect(ui.minutesCombo, &MinutesCombo::edited, this, &SeriesDialog::updatePreview);
    for (QLineEdit* e : {ui.startLineEdit, ui.topicLineEdit, ui.locationLineEdit})
        connect(e, &QLineEdit::textChanged, this, &SeriesDialog::updatePreview);
    updatePreview();
}

SeriesDialog::~SeriesDialog() = default;

void SeriesDialog::fillChoices(int year)
{
    const Ui::SeriesDialog& ui = *m_ui;
    ui.kindComboBox->addItem(tr("The n-th weekday of each month"),
                             int(MonthlyRule::Kind::NthWeekday));
    ui.kindComboBox->addItem(tr("The first working day of each month"),
                             int(MonthlyRule::Kind::FirstWorkingDay));
    ui.kindComboBox->addItem(tr("A fixed day of each month"), int(MonthlyRule::Kind::FixedDay));
    for (int n = 1; n <= 4; ++n)
        ui.nthComboBox->addItem(tr("No. %1").arg(n), n);
    ui.nthComboBox->addItem(tr("Last"), MonthlyRule::kLast);
    ui.nthComboBox->setCurrentIndex(1);
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        ui.weekdayComboBox->addItem(locale.dayName(d), d);
    ui.weekdayComboBox->setCurrentIndex(1);
    ui.weekendComboBox->addItem(tr("Keep the date"), int(MonthlyRule::NonWorkingDay::Keep));
    ui.weekendComboBox->addItem(tr("Move to the next working day"),
                                int(MonthlyRule::NonWorkingDay::ShiftToNextWorkingDay));
    ui.weekendComboBox->addItem(tr("Move to the previous working day"),
                                int(MonthlyRule::NonWorkingDay::ShiftToPreviousWorkingDay));
    ui.weekendComboBox->addItem(tr("Skip that month"), int(MonthlyRule::NonWorkingDay::Skip));
    // Planned sessions from today on; a past year's series records sessions held.
    const Date today = Clock::today();
    const Date first(static_cast<unsigned short>(year), 1, 1);
    ui.fromDateField->setDate(year == int(today.year()) ? today : first);
    ui.toDateField->setDate(Date(static_cast<unsigned short>(year), 12, 31));
    ui.minutesCombo->setMinutes(90);
    enumcombo::fill<SessionForm>(ui.formComboBox);
    enumcombo::fill<SessionStatus>(ui.statusComboBox);
    enumcombo::select(
        ui.statusComboBox,
        std::optional(year < int(today.year()) ? SessionStatus::Held : SessionStatus::Planned));
}

void SeriesDialog::showGroup(Ledger& ledger)
{
    QString name;
    if (auto groups = RosterService(ledger).groups()) {
        for (const StudyGroup& g : *groups) {
            if (g.id == m_groupId)
                name = QStringLiteral("%1 (%2)").arg(g.name, g.extId);
        }
    }
    setWindowTitle(name.isEmpty() ? tr("New Series of Sessions")
                                  : tr("New Series of Sessions — %1").arg(name));
    m_ui->groupNameLabel->setText(tr("Study group: %1").arg(name));
}

QComboBox* SeriesDialog::kindCombo() const
{
    return m_ui->kindComboBox;
}

QComboBox* SeriesDialog::nthCombo() const
{
    return m_ui->nthComboBox;
}

QComboBox* SeriesDialog::weekdayCombo() const
{
    return m_ui->weekdayComboBox;
}

QSpinBox* SeriesDialog::daySpin() const
{
    return m_ui->daySpinBox;
}

QComboBox* SeriesDialog::weekendCombo() const
{
    return m_ui->weekendComboBox;
}

DateField* SeriesDialog::fromField() const
{
    return m_ui->fromDateField;
}

DateField* SeriesDialog::toField() const
{
    return m_ui->toDateField;
}

QLineEdit* SeriesDialog::startEdit() const
{
    return m_ui->startLineEdit;
}

QLineEdit* SeriesDialog::topicEdit() const
{
    return m_ui->topicLineEdit;
}

QListWidget* SeriesDialog::previewList() const
{
    return m_ui->seriesPreviewListWidget;
}

SeriesRequest SeriesDialog::request() const
{
    SeriesRequest r;
    r.groupId = m_groupId;
    const auto kind = MonthlyRule::Kind(m_ui->kindComboBox->currentData().toInt());
    if (kind == MonthlyRule::Kind::NthWeekday)
        r.rule = MonthlyRule::nthWeekday(m_ui->nthComboBox->currentData().toInt(),
                                         m_ui->weekdayComboBox->currentData().toInt());
    else if (kind == MonthlyRule::Kind::FirstWorkingDay)
        r.rule = MonthlyRule::firstWorkingDay();
    else
        r.rule = MonthlyRule::fixedDay(
            m_ui->daySpinBox->value(), MonthlyRule::ShortMonth::Clamp,
            MonthlyRule::NonWorkingDay(m_ui->weekendComboBox->currentData().toInt()));
    r.from = m_ui->fromDateField->date().value_or(Date());
    r.to = m_ui->toDateField->date().value_or(Date());
    r.start = QTime::fromString(m_ui->startLineEdit->text().trimmed(), QStringLiteral("H:mm"));
    r.minutes = m_ui->minutesCombo->minutes().value_or(0);
    r.form = enumcombo::value<SessionForm>(m_ui->formComboBox).value_or(SessionForm::Collective);
    r.status =
        enumcombo::value<SessionStatus>(m_ui->statusComboBox).value_or(SessionStatus::Planned);
    r.topicTemplate = m_ui->topicLineEdit->text().trimmed();
    r.location = m_ui->locationLineEdit->text().trimmed();
    return r;
}

void SeriesDialog::updatePreview()
{
    const auto kind = MonthlyRule::Kind(m_ui->kindComboBox->currentData().toInt());
    m_ui->nthComboBox->setEnabled(kind == MonthlyRule::Kind::NthWeekday);
    m_ui->weekdayComboBox->setEnabled(kind == MonthlyRule::Kind::NthWeekday);
    m_ui->daySpinBox->setEnabled(kind == MonthlyRule::Kind::FixedDay);
    m_ui->weekendComboBox->setEnabled(kind == MonthlyRule::Kind::FixedDay);
    m_ui->seriesPreviewListWidget->clear();
    m_dates.clear();
    const SeriesRequest r = request();
    QString error;
    if (!m_ui->startLineEdit->text().trimmed().isEmpty() && !r.start.isValid())
        error = tr("Start: type a time such as 14:30");
    auto dates = m_service->previewSeries(r);
    if (!dates && error.isEmpty())
        error = dates.error().text();
    if (dates && error.isEmpty()) {
        m_dates = *dates;
        const QLocale locale;
        int n = 1;
        for (const Date& d : m_dates) {
            const QDate q = dates::toQDate(d);
            m_ui->seriesPreviewListWidget->addItem(
                QStringLiteral("%1  %2  %3")
                    .arg(dates::toIso(d), locale.dayName(q.dayOfWeek(), QLocale::ShortFormat),
                         r.topicFor(d, n++)));
        }
    }
    m_ui->summaryLabel->setText(tr("%n session(s)", nullptr, int(m_dates.size())));
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_create->setEnabled(error.isEmpty() && !m_dates.empty());
}

QString SeriesDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void SeriesDialog::accept()
{
    updatePreview();
    if (m_dates.empty())
        return;
    auto created = m_service->createSeries(request());
    if (!created) {
        MessageBoxes::warning(this, windowTitle(), created.error().text());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace sl
