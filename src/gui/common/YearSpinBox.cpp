#include "gui/common/YearSpinBox.h"

#include "services/Clock.h"

namespace sl {

YearSpinBox::YearSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setObjectName(QStringLiteral("yearSpinBox"));
    setRange(2000, 2100);
    setSuffix(tr(" (year)"));
    setValue(Clock::today().year());
}

} // namespace sl
