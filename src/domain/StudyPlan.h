#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

#include <optional>
#include <vector>

namespace sl {

// One numbered item (序号) of an annual study plan.
struct PlanItem
{
    qint64 id = 0;
    qint64 planId = 0;
    int itemNo = 0;
    int month = 1;
    QString topic; // 专题
    SessionForm form = SessionForm::Collective;
    QString lead; // 领学人
    std::optional<Trigger> trigger;

    bool operator==(const PlanItem&) const = default;
};

// 学习计划: the annual study plan of a group.
struct StudyPlan
{
    qint64 id = 0;
    qint64 groupId = 0;
    int year = 0;
    Date approvedOn;
    std::vector<PlanItem> items;
};

} // namespace sl
