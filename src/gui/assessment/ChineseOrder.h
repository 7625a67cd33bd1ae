#pragma once

#include <QString>

#include <vector>

namespace sl {

// The place of each of a list of texts in Chinese (pinyin) order, as the database's collation
// `zh` sorts them: equal texts share a place. One collator sort key per text, compared as bytes,
// so that the names of a district's 100,000 members are placed in a fraction of what comparing
// them pairwise costs. Safe on any thread (each call has its own collator).
class ChineseOrder
{
public:
    static std::vector<int> places(const std::vector<QString>& texts);
};

} // namespace sl
