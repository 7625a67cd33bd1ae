#pragma once

#include "domain/Result.h"
#include "domain/ScopeAssessment.h"
#include "domain/ScopeRef.h"

#include <optional>
#include <vector>

class QSqlQuery;

namespace sl {

class Database;

// Published assessment results (assessment_publications, published_results): one publication
// per scope and year, its rows stored as they were assessed.
class PublicationRepository
{
public:
    explicit PublicationRepository(Database& db) : m_db(db) {}

    // The publication of the scope's results of the year, if any (the name of the account that
    // published them, empty in single-user mode).
    Result<std::optional<AssessmentPublication>> find(const ScopeRef& scope, int year);
    // How many scopes have published results of the year (their rubric is then frozen).
    Result<int> countForYear(int year);
    // Stores a publication and its rows; returns its id. The caller holds the transaction.
    Result<qint64> create(const ScopeAssessment& assessment, qint64 accountId, const QDateTime& at);
    // Removes a publication with its rows and rubric (the undo of its publishing).
    Status remove(qint64 publicationId);
    // The rows of a publication, by rank, then member number.
    Result<std::vector<AssessmentRow>> rows(qint64 publicationId);

private:
    Status insertRow(QSqlQuery& q, qint64 publicationId, const AssessmentRow& row);

    Database& m_db;
};

} // namespace sl
