#include "gui/assessment/GradeStyle.h"

namespace sl {

QColor GradeStyle::text(Grade grade)
{
    switch (grade) {
    case Grade::Excellent:
        return {0x2e, 0x7d, 0x32};
    case Grade::Pass:
        return {0x1f, 0x5f, 0xae};
    case Grade::BasicPass:
        return {0x9a, 0x62, 0x00};
    case Grade::Fail:
        return {0xb0, 0x24, 0x18};
    }
    return {};
}

QColor GradeStyle::tint(Grade grade)
{
    switch (grade) {
    case Grade::Excellent:
        return {0xe8, 0xf5, 0xe9};
    case Grade::Pass:
        return {0xe3, 0xee, 0xfb};
    case Grade::BasicPass:
        return {0xff, 0xf3, 0xd6};
    case Grade::Fail:
        return {0xfd, 0xe4, 0xe1};
    }
    return {};
}

} // namespace sl
