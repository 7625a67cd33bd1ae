#include "gui/common/DateField.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace sl {

DateField::DateField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this)),
      m_menu(new QMenu(this)), m_calendar(new QCalendarWidget(m_menu))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);

    m_edit->setPlaceholderText(tr("e.g. 2026-03-05"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(16);

    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    auto* calendarAction = new QWidgetAction(m_menu);
    calendarAction->setDefaultWidget(m_calendar);
    m_menu->addAction(calendarAction);

    const QIcon icon = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (icon.isNull())
        m_button->setText(QStringLiteral("…"));
    else
        m_button->setIcon(icon);
    m_button->setToolTip(tr("Pick from a calendar"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));

    connect(m_menu, &QMenu::aboutToShow, this, &DateField::prepareCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Normalise an accepted spelling to the ISO form.
        const auto d = parse(m_edit->text());
        if (d && dates::isSet(*d) && m_edit->text() != dates::toIso(*d))
            m_edit->setText(dates::toIso(*d));
    });
}

namespace {

// Year, month and day of an accepted spelling, not yet checked as a date.
QRegularExpressionMatch spelled(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    return re.match(text.trimmed());
}

} // namespace

QString DateField::problemOf(const QString& text)
{
    if (parse(text))
        return {};
    const auto m = spelled(text);
    if (!m.hasMatch())
        return tr("is not a date; type it like 2026-03-05");
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return tr("does not exist: there is no month %1 (1 to 12)").arg(month);
    const int days = QDate(year, month, 1).daysInMonth();
    return tr("does not exist: month %1 of %2 has %3 days").arg(month).arg(year).arg(days);
}

QString DateField::problem() const
{
    return problemOf(m_edit->text());
}

std::optional<Date> DateField::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Date();
    const auto m = spelled(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate q(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!q.isValid())
        return std::nullopt;
    return dates::fromQDate(q);
}

std::optional<Date> DateField::date() const
{
    return parse(m_edit->text());
}

void DateField::setDate(const Date& date)
{
    m_edit->setText(dates::toIso(date));
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::prepareCalendar()
{
    const auto d = date();
    const QDate q = d && dates::isSet(*d) ? dates::toQDate(*d) : QDate::currentDate();
    m_calendar->setSelectedDate(q);
    m_calendar->setCurrentPage(q.year(), q.month());
}

void DateField::pick(const QDate& date)
{
    m_menu->hide();
    m_edit->setText(dates::toIso(dates::fromQDate(date)));
    m_edit->setFocus();
}

} // namespace sl
