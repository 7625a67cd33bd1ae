#pragma once

#include "domain/StudySession.h"

#include <QString>
#include <QTime>

// How the sign-in sheet and the session record write a session's time: `9:00—11:00` from its
// start and minutes, empty without a start.
namespace sl::sessiontext {

inline QString timeSpan(const StudySession& s)
{
    if (!s.start.isValid())
        return {};
    const QString from = s.start.toString(QStringLiteral("H:mm"));
    if (s.minutes <= 0)
        return from;
    return from + QStringLiteral("—") +
           s.start.addSecs(qint64(s.minutes) * 60).toString(QStringLiteral("H:mm"));
}

} // namespace sl::sessiontext
