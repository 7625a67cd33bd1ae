#pragma once

#include <QSpinBox>

namespace sl {

// The year chooser of the areas' bars: "2026 (year)", starting at this year (the clock's), within
// 2000–2100 unless the bar sets another range.
class YearSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit YearSpinBox(QWidget* parent = nullptr);
};

} // namespace sl
