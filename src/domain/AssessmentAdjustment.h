#pragma once

#include <QDateTime>
#include <QString>

namespace sl {

// A manual adjustment of a member's final score in one scope's assessment of one year — a group's
// (groupId) or an organisation's (orgId) — with its reason, who made it and when.
struct AssessmentAdjustment
{
    qint64 id = 0;
    int year = 0;
    qint64 groupId = 0; // a group scope's
    qint64 orgId = 0;   // an organisation scope's (groupId is 0)
    qint64 memberId = 0;
    double delta = 0; // -100 … 100
    QString reason;
    qint64 madeBy = 0; // account; 0 in single-user mode
    QDateTime madeAt;  // UTC

    bool operator==(const AssessmentAdjustment&) const = default;
};

} // namespace sl
