#pragma once

#include "Member.h"
#include "Organisation.h"
#include "Result.h"
#include "StudyGroup.h"

#include <vector>

namespace sl {

// The rules a single organisation, member, group or membership must keep on its own (references
// to other records are checked by the services). Each returns every broken rule, the field
// named by its import column key (FORMATS.md, English).
namespace rules {

std::vector<Error> checkOrganisation(const Organisation& org);
std::vector<Error> checkMember(const Member& member, const Date& today);
std::vector<Error> checkGroup(const StudyGroup& group);
std::vector<Error> checkMembership(const GroupMembership& membership);

// The number after `highest` for a new record: its trailing digits counted up with their width
// kept ("M0000041" → "M0000042", "7" → "8", "DY-099" → "DY-100"); empty when `highest` does not
// end in digits (then nothing is suggested).
QString nextExtId(const QString& highest);

// An external number: 1–32 characters, no white space.
std::optional<Error> checkExtId(const QString& extId, const QString& field);
// A key or a reference to one (a number such as 编号 or 党员编号) must not hold invisible format
// characters (Unicode category Cf: U+200B, U+FEFF, U+200E …), control characters, lone
// surrogates or U+FFFD/U+FFFE/U+FFFF: the error names the code point and its position.
std::optional<Error> checkKeyCharacters(const QString& key, const QString& field);

} // namespace rules
} // namespace sl
