#include "gui/attendance/AttendanceColours.h"

namespace sl::attendancecolours {

QColor text(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return {0x2e, 0x7d, 0x32};
    case AttendanceStatus::Late:
    case AttendanceStatus::EarlyLeave:
        return {0x9a, 0x62, 0x00};
    case AttendanceStatus::Excused:
        return {0x1f, 0x5f, 0xae};
    case AttendanceStatus::Absent:
        return {0xb0, 0x24, 0x18};
    case AttendanceStatus::Observer:
        return {0x6b, 0x6b, 0x6b};
    }
    return {};
}

QColor tint(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return {0xe8, 0xf5, 0xe9};
    case AttendanceStatus::Late:
    case AttendanceStatus::EarlyLeave:
        return {0xff, 0xf3, 0xd6};
    case AttendanceStatus::Excused:
        return {0xe3, 0xee, 0xfb};
    case AttendanceStatus::Absent:
        return {0xfd, 0xe4, 0xe1};
    case AttendanceStatus::Observer:
        return {0xee, 0xee, 0xee};
    }
    return {};
}

} // namespace sl::attendancecolours
