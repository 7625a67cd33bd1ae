#pragma once

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
};

} // namespace sl
