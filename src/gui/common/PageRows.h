#pragma once

namespace sl::ui {

// The most rows a list's model holds at once: a longer list is paged (PageBar) or searched as
// one types (MemberSearchField), so that a district of 100,000 members opens as fast as a
// branch of eighty.
inline constexpr int pageRows = 200;

} // namespace sl::ui
