#include "gui/sessions/SeriesDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"
#include "gui/selfstudy/MinutesCombo.h"

#include "services/SessionService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl {

SeriesDialog::SeriesDialog(Ledger& ledger, qint64 groupId, int year, QWidget* parent)
    : QDialog(parent), m_service(std::make_unique<SessionService>(ledger)), m_groupId(groupId),
      m_kind(new QComboBox(this)), m_nth(new QComboBox(this)), m_weekday(new QComboBox(this)),
      m_day(new QSpinBox(this)), m_weekend(new QComboBox(this)), m_from(new DateField(this)),
      m_to(new DateField(this)), m_start(new QLineEdit(this)), m_minutes(new MinutesCombo(this)),
      m_form(new QComboBox(this)), m_status(new QComboBox(this)), m_topic(new QLineEdit(this)),
      m_location(new QLineEdit(this)), m_preview(new QListWidget(this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(tr("New Series of Sessions"));
    m_kind->addItem(tr("The n-th weekday of each month"), int(MonthlyRule::Kind::NthWeekday));
    m_kind->addItem(tr("The first working day of each month"),
                    int(MonthlyRule::Kind::FirstWorkingDay));
    m_kind->addItem(tr("A fixed day of each month"), int(MonthlyRule::Kind::FixedDay));
    for (int n = 1; n <= 4; ++n)
        m_nth->addItem(tr("No. %1").arg(n), n);
    m_nth->addItem(tr("Last"), MonthlyRule::kLast);
    m_nth->setCurrentIndex(1);
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        m_weekday->addItem(locale.dayName(d), d);
    m_weekday->setCurrentIndex(1);
    m_day->setRange(1, 31);
    m_day->setValue(15);
    m_weekend->addItem(tr("Keep the date"), int(MonthlyRule::NonWorkingDay::Keep));
    m_weekend->addItem(tr("Move to the next working day"),
                       int(MonthlyRule::NonWorkingDay::ShiftToNextWorkingDay));
    m_weekend->addItem(tr("Move to the previous working day"),
                       int(MonthlyRule::NonWorkingDay::ShiftToPreviousWorkingDay));
    m_weekend->addItem(tr("Skip that month"), int(MonthlyRule::NonWorkingDay::Skip));
    m_from->setDate(Date(static_cast<unsigned short>(year), 1, 1));
    m_to->setDate(Date(static_cast<unsigned short>(year), 12, 31));
    m_start->setText(QStringLiteral("14:30"));
    m_start->setMaxLength(5);
    m_minutes->setMinutes(90);
    enumcombo::fill<SessionForm>(m_form);
    enumcombo::fill<SessionStatus>(m_status);
    enumcombo::select(m_status, std::optional(SessionStatus::Planned));
    m_topic->setText(tr("Collective study of {year}-{month}"));
    m_topic->setToolTip(tr("Placeholders: {year} {month} {day} {date} {n}"));
    m_preview->setObjectName(QStringLiteral("seriesPreviewListWidget"));

    auto* nthRow = new QHBoxLayout;
    nthRow->addWidget(m_nth);
    nthRow->addWidget(m_weekday);
    nthRow->addStretch(1);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto* form = new QFormLayout;
    form->addRow(tr("&Rule:"), m_kind);
    form->addRow(tr("Which:"), nthRow);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("On a &weekend:"), m_weekend);
    form->addRow(tr("Dates:"), range);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("D&uration:"), m_minutes);
    form->addRow(tr("F&orm:"), m_form);
    form->addRow(tr("To&pic:"), m_topic);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Status:"), m_status);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Dates of the series</b>"), this));
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(right, 2);
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    m_error->setPalette(pal);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Sessions"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QComboBox* c : {m_kind, m_nth, m_weekday, m_weekend, m_form, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_day, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_from, &DateField::edited, this, &SeriesDialog::updatePreview);
    connect(m_to, &DateField::edited, this, &SeriesDialog::updatePreview);
    connect(m_minutes, &MinutesCombo::edited, this, &SeriesDialog::updatePreview);
    for (QLineEdit* e : {m_start, m_topic, m_location})
        connect(e, &QLineEdit::textChanged, this, &SeriesDialog::updatePreview);
    resize(820, 520);
    updatePreview();
}

SeriesDialog::~SeriesDialog() = default;

SeriesRequest SeriesDialog::request() const
{
    SeriesRequest r;
    r.groupId = m_groupId;
    const auto kind = MonthlyRule::Kind(m_kind->currentData().toInt());
    if (kind == MonthlyRule::Kind::NthWeekday)
        r.rule =
            MonthlyRule::nthWeekday(m_nth->currentData().toInt(), m_weekday->currentData().toInt());
    else if (kind == MonthlyRule::Kind::FirstWorkingDay)
        r.rule = MonthlyRule::firstWorkingDay();
    else
        r.rule =
            MonthlyRule::fixedDay(m_day->value(), MonthlyRule::ShortMonth::Clamp,
                                  MonthlyRule::NonWorkingDay(m_weekend->currentData().toInt()));
    r.from = m_from->date().value_or(Date());
    r.to = m_to->date().value_or(Date());
    r.start = QTime::fromString(m_start->text().trimmed(), QStringLiteral("H:mm"));
    r.minutes = m_minutes->minutes().value_or(0);
    r.form = enumcombo::value<SessionForm>(m_form).value_or(SessionForm::Collective);
    r.status = enumcombo::value<SessionStatus>(m_status).value_or(SessionStatus::Planned);
    r.topicTemplate = m_topic->text().trimmed();
    r.location = m_location->text().trimmed();
    return r;
}

void SeriesDialog::updatePreview()
{
    const auto kind = MonthlyRule::Kind(m_kind->currentData().toInt());
    m_nth->setEnabled(kind == MonthlyRule::Kind::NthWeekday);
    m_weekday->setEnabled(kind == MonthlyRule::Kind::NthWeekday);
    m_day->setEnabled(kind == MonthlyRule::Kind::FixedDay);
    m_weekend->setEnabled(kind == MonthlyRule::Kind::FixedDay);
    m_preview->clear();
    m_dates.clear();
    const SeriesRequest r = request();
    QString error;
    if (!m_start->text().trimmed().isEmpty() && !r.start.isValid())
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
            m_preview->addItem(QStringLiteral("%1  %2  %3")
                                   .arg(dates::toIso(d),
                                        locale.dayName(q.dayOfWeek(), QLocale::ShortFormat),
                                        r.topicFor(d, n++)));
        }
    }
    m_summary->setText(tr("%n session(s)", nullptr, int(m_dates.size())));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_create->setEnabled(error.isEmpty() && !m_dates.empty());
}

QString SeriesDialog::errorText() const
{
    return m_error->text();
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
