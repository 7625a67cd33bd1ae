#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace sl {

// The grade colours of the assessment, the same wherever a grade shows: 优秀 green, 合格 blue,
// 基本合格 amber, 不合格 red (the tones of the attendance colours). `text` is the colour of
// the grade word, `tint` a cell background.
class GradeStyle
{
public:
    static QColor text(Grade grade);
    static QColor tint(Grade grade);
};

} // namespace sl
