#pragma once

#include "ImportTypes.h"
#include "domain/CancelFlag.h"
#include "domain/Permissions.h"

#include "LedgerWrite.h"
#include "domain/Result.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace sl {

class Ledger;
class PageCacheScope;

// The name of the file being imported on this thread while it lives (set by the exchange layer
// around an import), so that the one audit entry of the import names its file.
class ImportFileName
{
public:
    explicit ImportFileName(const QString& path);
    ~ImportFileName();
    ImportFileName(const ImportFileName&) = delete;
    ImportFileName& operator=(const ImportFileName&) = delete;
    static QString current();

private:
    QString m_previous;
};

// Several import files taken in as one (a data package's parts, inside one outer write): while
// a batch lives on this thread, each finished import adds its kind and counts to it instead of
// writing its own audit entry, and the batch's owner records one entry for them all.
class ImportBatch
{
public:
    struct Part
    {
        QString kind;
        ImportCounts counts;
    };

    ImportBatch();
    ~ImportBatch();
    ImportBatch(const ImportBatch&) = delete;
    ImportBatch& operator=(const ImportBatch&) = delete;
    static ImportBatch* current();

    void add(const QString& kind, const ImportCounts& counts) { m_parts.push_back({kind, counts}); }
    const std::vector<Part>& parts() const { return m_parts; }

private:
    ImportBatch* m_previous;
    std::vector<Part> m_parts;
};

// How the imports on this thread run while an ImportControlScope lives (set by the exchange layer
// around an import): a dry run checks every row exactly as an import does and then always rolls
// back; `progress` hears of every row the service has taken (done, total); `cancel` is checked
// between rows, and a cancelled import rolls back and returns ErrorCode::Cancelled.
struct ImportControl
{
    bool dryRun = false;
    int total = 0; // the rows of the file, for progress
    std::function<void(int done, int total)> progress;
    const CancelFlag* cancel = nullptr;
};

class ImportControlScope
{
public:
    explicit ImportControlScope(ImportControl control);
    ~ImportControlScope();
    ImportControlScope(const ImportControlScope&) = delete;
    ImportControlScope& operator=(const ImportControlScope&) = delete;
    static const ImportControl& current();

private:
    ImportControl m_previous;
};

// The frame of one import file: permission, one write, the report. finish() commits only when no
// row had an error; otherwise the write rolls back and nothing is changed. What the kind of file
// changes is announced once, after the commit (LedgerEvents, with 0: "any" for the keys).
class ImportSession
{
public:
    // An import is the write action of its kind (Access): begin() refuses the whole file when
    // the account's role may not do it at all; each row's target is then checked with
    // require(), and a row outside the account's rights is an error of that row, so that the
    // file changes nothing and the report names every offending line. The default is the
    // roster's.
    ImportSession(Ledger& ledger, QString kind, Action action = Action::RosterWrite);
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    // Checks the permission and begins the transaction.
    Status begin();

    // Errors found before the rows reached the service (cells that did not parse): they are
    // reported, they make the import fail, and a later error at the same line and column is
    // left out (the service's view of a cell that did not parse adds nothing).
    void seed(const std::vector<RowError>& readErrors);

    // Runs `body` on each row of `rows` as the file is read: the row's cells that did not parse
    // are seeded first, progress is reported and the cancel flag checked (next()). `body` returns
    // an error of the ledger to stop the import. An error when the file turned out to be at
    // fault (then the import must change nothing) or `body` failed.
    template <typename T, typename Body> Status each(ImportRows<T>& rows, Body body)
    {
        seed(rows.takeReadErrors());
        Status failed;
        bool cancelled = false; // finish() then rolls back and says so
        const bool read = rows.forEach([&](ImportRow<T>& row) {
            seed(rows.takeReadErrors());
            if (!next()) {
                cancelled = true;
                return false;
            }
            failed = body(static_cast<const ImportRow<T>&>(row));
            return failed.ok();
        });
        if (!failed)
            return failed;
        seed(rows.takeReadErrors());
        if (!read && !cancelled)
            return fileAtFault();
        return {};
    }

    // Every row of `rows` at once (the imports that go over the rows twice; small files).
    template <typename T> Result<std::vector<ImportRow<T>>> collect(ImportRows<T>& rows)
    {
        std::vector<ImportRow<T>> out;
        seed(rows.takeReadErrors());
        const bool read = rows.forEach([&](ImportRow<T>& row) {
            out.push_back(std::move(row));
            return true;
        });
        seed(rows.takeReadErrors());
        if (!read)
            return fileAtFault();
        return out;
    }

    // Reports `key` when a previous row of the file had it (an empty key is no key); keeps the
    // key, not the row.
    void rejectDuplicateKey(int line, const QString& key, const QString& column);

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

    // Remembers that the row at `line` wrote (or found as it was) the record `id`: a later row
    // of the file that comes to the same record has the same key. Returns the line of the row
    // that came to it first, or 0 (and remembers `line`). Keeps the ids, not the rows.
    int touch(qint64 id, int line);

    void error(int line, const QString& column, const QString& message);

    // Writes the record of the row at `line`: a new one goes straight in (`repo.insertNew`,
    // which returns 0 on a clash of keys); one whose key exists is looked up (`existing()`,
    // a Result of an optional record), refused on `column` with `duplicate` (%1: the first
    // line) when an earlier row of the file came to it, else updated when it differs. Counts
    // the row. An error of the ledger stops the import.
    template <typename Repo, typename Record, typename Lookup>
    Status write(Repo& repo, Record& record, int line, Lookup existing, const QString& column,
                 const QString& duplicate)
    {
        auto added = repo.insertNew(record);
        if (!added)
            return added.error();
        if (*added != 0) {
            touch(*added, line);
            count(false, true);
            return {};
        }
        auto found = existing();
        if (!found)
            return found.error();
        if (!*found)
            return Error::database(
                QStringLiteral("a %1 record was neither added nor found").arg(m_kind));
        if (const int first = touch((**found).id, line)) {
            error(line, column, duplicate.arg(first));
            return {};
        }
        record.id = (**found).id;
        const bool changed = !(record == **found);
        if (changed) {
            if (Status s = repo.update(record); !s)
                return s.error();
        }
        count(true, changed);
        return {};
    }

    // The write action of the kind.
    Action action() const { return m_action; }
    // Whether the account may do the action on `allowed`'s target; a refusal is reported on the
    // row's column.
    bool require(int line, const QString& column, const Status& allowed);
    void errors(int line, const std::vector<Error>& problems);
    bool hasErrors() const { return !m_report.ok(); }
    // Called before each row: reports progress and returns false when the import was cancelled
    // (the caller stops; finish() then rolls back and returns ErrorCode::Cancelled).
    bool next();
    // Counts a row: new, changed or as it was.
    void count(bool existed, bool changed);

    Result<ImportReport> finish();

private:
    void duplicate(int line, const QString& column, const QString& key, int firstLine);
    static Error fileAtFault();

    Ledger& m_ledger;
    QString m_kind;
    Action m_action;
    QSet<QString> m_seeded;         // "line:column" of the seeded errors
    QHash<QString, int> m_keyLines; // rejectDuplicateKey: key → first line + 1
    QHash<qint64, int> m_touched;   // touch: record id → first line
    ImportReport m_report;
    ImportControl m_control; // as it was when the session began
    int m_done = 0;
    bool m_cancelled = false;
    std::unique_ptr<PageCacheScope> m_cache; // the import's larger page cache (after m_tx goes)
    std::unique_ptr<LedgerWrite> m_tx;
};

} // namespace sl
