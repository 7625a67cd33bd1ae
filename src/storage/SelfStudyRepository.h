#pragma once

#include "domain/SelfStudyRecords.h"
#include "domain/TextRow.h"

#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// 个人自学. Stores notes_chars = countCharacters(notes) with every write, so that figures sum
// a column instead of counting text.
class SelfStudyRepository
{
public:
    explicit SelfStudyRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const SelfStudyEntry& entry);
    // Inserts unless a self-study record with the same member, date and material exists: the new
    // id, or 0 (nothing changed).
    Result<qint64> insertNew(const SelfStudyEntry& entry);
    Status update(const SelfStudyEntry& entry);
    Status remove(qint64 id);

    Result<std::optional<SelfStudyEntry>> byId(qint64 id);
    // The entry with the key (member, date, material), if any.
    Result<std::optional<SelfStudyEntry>> byKey(qint64 memberId, const Date& date,
                                                const QString& material);
    // The member's entries dated in [from, to] (an unset end is open), newest first.
    Result<std::vector<SelfStudyEntry>> list(qint64 memberId, const Date& from = {},
                                             const Date& to = {});
    // Distinct materials of the member's entries that start with `prefix`, the most recently
    // studied first: what the quick entry completes from.
    Result<QStringList> materials(qint64 memberId, const QString& prefix, int limit);

    // Every entry the filter selects, ordered by member number, date and material, handed to
    // `visit` one at a time (an export never holds the whole table). A failed visit stops the
    // scan and is returned.
    Status scan(const ActivityFilter& filter,
                const std::function<Status(const SelfStudyRow&)>& visit);
    // The same entries as stored text, for an export: member number, date, minutes, material,
    // medium code, notes.
    Status scanText(const ActivityFilter& filter,
                    const std::function<Status(const TextRow&)>& visit);

private:
    Database& m_db;
};

} // namespace sl
