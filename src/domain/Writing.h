#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

#include <optional>

namespace sl {

// 心得与调研: a reflection, research report or theory article of a member.
struct Writing
{
    qint64 id = 0;
    qint64 memberId = 0;
    WritingKind kind = WritingKind::Reflection;
    QString title;
    Date date;
    std::optional<int> chars; // explicit length (字数); else counted from the text
    QString text;
    QString published; // where it was published or exchanged
    std::optional<Award> award;

    bool operator==(const Writing&) const = default;
};

} // namespace sl
