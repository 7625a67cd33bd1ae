#pragma once

#include "domain/PackageRecords.h"
#include "domain/Result.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace sl {

class Database;

// What a data package needs of the database beyond the table kinds: the assessment adjustments
// of an organisation subtree with their numbers, and the numbers of organisations, groups and
// members looked up in bulk.
class PackageRepository
{
public:
    explicit PackageRepository(Database& db) : m_db(db) {}

    enum class Table
    {
        Organisations,
        Groups,
        Members
    };

    // The adjustments of the study groups of the subtree of `rootOrgId` and of its organisation
    // scopes, of `year` (0: every year), ordered by scope, year and member number.
    Result<std::vector<PackageAdjustment>> adjustments(qint64 rootOrgId, int year);

    // The id and name of each of `extIds` that `table` holds (numbers it does not hold are left
    // out).
    struct Named
    {
        qint64 id = 0;
        QString name;
    };
    Result<QHash<QString, Named>> lookUp(Table table, const QStringList& extIds);

private:
    Database& m_db;
};

} // namespace sl
