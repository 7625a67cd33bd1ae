#pragma once

#include "domain/Result.h"
#include "domain/SessionRecords.h"
#include "domain/StudySession.h"

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of speech lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// A speech with the numbers of its session and member and the member's name.
struct SpeechRow
{
    Speech speech;
    QString sessionExtId;
    QString memberExtId;
    QString memberName;
};

} // namespace sl
