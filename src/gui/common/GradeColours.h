#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace sl::gradecolours {

// The colours of the grades, the same in every view and chart: 优秀 green, 合格 blue,
// 基本合格 amber, 不合格 red (the tones of the attendance status colours). `colour` is the text
// and chart colour, `tint` a cell background.
QColor colour(Grade grade);
QColor tint(Grade grade);

} // namespace sl::gradecolours
