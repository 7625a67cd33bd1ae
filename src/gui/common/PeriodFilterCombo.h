#pragma once

#include "domain/DateBridge.h"

#include <QComboBox>

namespace sl {

// The period a list shows: this month, this quarter, this year (of today) or everything.
class PeriodFilterCombo : public QComboBox
{
    Q_OBJECT

public:
    enum Choice
    {
        ThisMonth,
        ThisQuarter,
        ThisYear,
        All
    };

    explicit PeriodFilterCombo(QWidget* parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);
    // The first and last day of the chosen period around `today`; unset dates for All.
    Date from(const Date& today) const;
    Date to(const Date& today) const;
    // "本月" …, for titles.
    QString choiceText() const { return currentText(); }

signals:
    void choiceChanged();
};

} // namespace sl
