#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace sl::attendancecolours {

// The status colours of UX.md, the same in every view: 出席 green, 迟到/早退 amber, 请假 blue,
// 缺席 red, 列席 grey. `text` is the colour of the status word, `tint` the cell background.
QColor text(AttendanceStatus status);
QColor tint(AttendanceStatus status);

} // namespace sl::attendancecolours
