#pragma once

#include "domain/ActivityFilter.h"
#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of selfstudy lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// A self-study entry with the external number of its member, as files carry it.
struct SelfStudyRow
{
    SelfStudyEntry entry;
    QString memberExtId;
};

} // namespace sl
