#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

namespace sl {

// 专家资源库: an outside speaker.
struct Expert
{
    qint64 id = 0;
    QString name;
    QString title;
    QString affiliation;
    QString fields;

    bool operator==(const Expert&) const = default;
};

// 示范点与品牌活动: a unit or activity recognised as a model.
struct ModelUnit
{
    qint64 id = 0;
    QString name;
    qint64 orgId = 0;
    ModelKind kind = ModelKind::DemoSite;
    int year = 0;
    ModelStatus status = ModelStatus::Applied;

    bool operator==(const ModelUnit&) const = default;
};

// One step of the status history of a ModelUnit: the status it took, on which day, and why.
struct ModelUnitChange
{
    qint64 id = 0;
    qint64 unitId = 0;
    ModelStatus status = ModelStatus::Applied;
    Date changedOn;
    QString note;

    bool operator==(const ModelUnitChange&) const = default;
};

} // namespace sl
