#include "gui/common/PeriodFilterCombo.h"

#include "domain/Period.h"

namespace sl {

namespace {

std::optional<Period> periodOf(PeriodFilterCombo::Choice choice, const Date& today)
{
    if (!dates::isSet(today))
        return std::nullopt;
    const int year = today.year();
    const int month = today.month();
    switch (choice) {
    case PeriodFilterCombo::ThisMonth:
        return Period::month(year, month);
    case PeriodFilterCombo::ThisQuarter:
        return Period::quarter(year, (month - 1) / 3 + 1);
    case PeriodFilterCombo::ThisYear:
        return Period::year(year);
    case PeriodFilterCombo::All:
        break;
    }
    return std::nullopt;
}

} // namespace

PeriodFilterCombo::PeriodFilterCombo(QWidget* parent) : QComboBox(parent)
{
    addItem(tr("This month"), ThisMonth);
    addItem(tr("This quarter"), ThisQuarter);
    addItem(tr("This year"), ThisYear);
    addItem(tr("All"), All);
    setCurrentIndex(ThisYear);
    connect(this, &QComboBox::currentIndexChanged, this, &PeriodFilterCombo::choiceChanged);
}

PeriodFilterCombo::Choice PeriodFilterCombo::choice() const
{
    return static_cast<Choice>(currentData().toInt());
}

void PeriodFilterCombo::setChoice(Choice choice)
{
    setCurrentIndex(std::max(0, findData(choice)));
}

Date PeriodFilterCombo::from(const Date& today) const
{
    const auto p = periodOf(choice(), today);
    return p ? p->from : Date();
}

Date PeriodFilterCombo::to(const Date& today) const
{
    const auto p = periodOf(choice(), today);
    return p ? p->to : Date();
}

} // namespace sl
