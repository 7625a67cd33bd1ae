#pragma once

#include "domain/ActivityFilter.h"
#include "domain/Result.h"
#include "domain/Writing.h"

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of writing lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// A writing with the external number of its member, as files carry it.
struct WritingRow
{
    Writing writing;
    QString memberExtId;
};

} // namespace sl
