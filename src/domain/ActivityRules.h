#pragma once

#include "Result.h"
#include "SelfStudyEntry.h"
#include "Writing.h"

#include <array>
#include <vector>

namespace sl {

// The rules a single self-study entry or writing must keep on its own (the member it belongs
// to, the uniqueness of its key and the account's permission are checked by the services).
// Each returns every broken rule, the field named by its import column key (FORMATS.md,
// English): member_id, date, minutes, material, medium, notes, kind, title, chars, text,
// published, award.
namespace rules {

// Durations of self-study are whole minutes from 1 to 1440 (one day).
constexpr int minMinutes = 1;
constexpr int maxMinutes = 1440;
// The quick-entry presets (UX.md): 30, 45, 60, 90, 120 minutes and half a day.
constexpr std::array<int, 6> minutePresets{30, 45, 60, 90, 120, 240};
// Longest material (学习内容), writing title and place of publication, in characters.
constexpr int maxMaterialLength = 200;
constexpr int maxTitleLength = 200;
constexpr int maxPublishedLength = 200;
// The largest length (字数) a writing may give.
constexpr int maxWritingChars = 10'000'000;

// Date set and not after `today`; minutes 1–1440; material given, at most 200 characters.
// Notes may hold any text but control characters (TAB and line breaks are allowed).
std::vector<Error> checkSelfStudy(const SelfStudyEntry& entry, const Date& today);

// Title given (at most 200 characters); date set and not after `today`; the text or the
// length (chars, 0 to maxWritingChars) given; published at most 200 characters. Title and
// published are one line; the text may hold TAB and line breaks but no other control character.
std::vector<Error> checkWriting(const Writing& writing, const Date& today);

// The length of a writing as METRICS.md counts it: the explicit length where there is one,
// else the character count of the text.
int writingLength(const Writing& writing);

} // namespace rules
} // namespace sl
