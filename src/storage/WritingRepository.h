#pragma once

#include "domain/WritingRecords.h"

#include "domain/Result.h"
#include "domain/Writing.h"

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// 心得与调研. The text goes to `body` (NULL when empty), the explicit length to `chars` (NULL
// when unset); the schema requires one of them.
class WritingRepository
{
public:
    explicit WritingRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Writing& writing);
    Status update(const Writing& writing);
    Status remove(qint64 id);
    // Sets or clears the appraisal result (评选结果) alone.
    Status setAward(qint64 id, const std::optional<Award>& award);

    Result<std::optional<Writing>> byId(qint64 id);
    // The writing with the key (member, title), if any.
    Result<std::optional<Writing>> byKey(qint64 memberId, const QString& title);
    // The member's writings dated in [from, to] (an unset end is open), newest first.
    Result<std::vector<Writing>> list(qint64 memberId, const Date& from = {}, const Date& to = {});

    // Every writing the filter selects, ordered by member number, date and title, handed to
    // `visit` one at a time. A failed visit stops the scan and is returned.
    Status scan(const ActivityFilter& filter,
                const std::function<Status(const WritingRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
