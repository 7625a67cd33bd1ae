#pragma once

#include "domain/Bulletin.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

class QSqlQuery;

namespace sl {

class Database;

// Issued bulletins (table `issued_bulletins`): one row per bulletin with its number, prose,
// figures JSON and PDF as issued. The serial is unique within the issuing organisation and the
// year of the issue date.
class IssuedBulletinRepository
{
public:
    explicit IssuedBulletinRepository(Database& db) : m_db(db) {}

    // The highest serial issued by the organisation in the year; 0 when none.
    Result<int> maxSerial(qint64 orgId, int year);
    // Stores the bulletin (its year is that of issuedOn); returns its id. The caller holds the
    // transaction; a serial already taken in the organisation and year is a Conflict.
    Result<qint64> insert(const IssuedBulletin& bulletin, qint64 accountId);
    Status remove(qint64 id);
    // The bulletins of an organisation, newest first (issue date, then serial), without PDF.
    Result<std::vector<IssuedBulletin>> forOrg(qint64 orgId);
    // One bulletin with its PDF, if there is one with that id.
    Result<std::optional<IssuedBulletin>> byId(qint64 id);

private:
    static IssuedBulletin read(const QSqlQuery& q);

    Database& m_db;
};

} // namespace sl
