#pragma once

#include "domain/Result.h"
#include "domain/Rubric.h"

#include <QSqlQuery>
#include <QVariant>

namespace sl {

class Database;

// The rubric and targets of each year (table `rubrics`, one row per year).
class RubricRepository
{
public:
    explicit RubricRepository(Database& db) : m_db(db) {}

    // The stored rubric of the year, or Rubric::defaults(year) when none is stored.
    Result<Rubric> forYear(int year);
    // Whether a rubric is stored for the year.
    Result<bool> exists(int year);
    // Inserts or replaces the row of rubric.year.
    Status save(const Rubric& rubric);
    // The rubric a publication of results was assessed by (publication_rubrics), as stored.
    Result<Rubric> forPublication(qint64 publicationId, int year);
    Status saveForPublication(qint64 publicationId, const Rubric& rubric);

private:
    Result<Rubric> read(QSqlQuery& q, int year);
    Status write(const QString& table, const QString& keyColumn, const QVariant& key,
                 const Rubric& rubric);

    Database& m_db;
};

} // namespace sl
