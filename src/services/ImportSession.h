#pragma once

#include "ImportTypes.h"

#include "domain/Result.h"
#include "storage/Transaction.h"

#include <QHash>

#include <memory>

namespace sl {

class Ledger;

// The frame of one import file: permission, one transaction, the report. finish() commits only
// when no row had an error; otherwise the transaction rolls back and nothing is changed.
class ImportSession
{
public:
    ImportSession(Ledger& ledger, QString kind);

    // Checks the permission and begins the transaction.
    Status begin();

    // Reports every key that a previous row of the file already had.
    template <typename R, typename KeyOf>
    void rejectDuplicateKeys(const std::vector<ImportRow<R>>& rows, KeyOf keyOf,
                             const QString& column)
    {
        QHash<QString, int> firstLine;
        for (const auto& row : rows) {
            const QString key = keyOf(row.record);
            if (key.isEmpty())
                continue;
            if (auto it = firstLine.constFind(key); it != firstLine.cend())
                duplicate(row.line, column, key, *it);
            else
                firstLine.insert(key, row.line);
        }
    }

    void error(int line, const QString& column, const QString& message);
    void errors(int line, const std::vector<Error>& problems);
    bool hasErrors() const { return !m_report.ok(); }
    // Counts a row: new, changed or as it was.
    void count(bool existed, bool changed);

    Result<ImportReport> finish();

private:
    void duplicate(int line, const QString& column, const QString& key, int firstLine);

    Ledger& m_ledger;
    QString m_kind;
    ImportReport m_report;
    std::unique_ptr<Transaction> m_tx;
};

} // namespace sl
