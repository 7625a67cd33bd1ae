#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

#include <optional>

namespace sl {

// 个人自学: one entry of a member's self-study log.
struct SelfStudyEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    Date date;
    int minutes = 30;
    QString material;
    std::optional<Medium> medium;
    QString notes;

    bool operator==(const SelfStudyEntry&) const = default;
};

} // namespace sl
