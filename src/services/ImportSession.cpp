#include "ImportSession.h"

#include "Access.h"

#include "domain/DisplayText.h"

#include "Ledger.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ImportTables.h"
#include "storage/PageCacheScope.h"
#include "storage/Transaction.h"

#include "domain/AuditRecords.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace sl {

namespace {

// The page cache of an import's transaction: a district's 100,000 members with their indexes
// fit; a larger file's pages cycle through it (the peak stays far below 300 MB).
constexpr int importCacheMebibytes = 32;

QString seedKey(int line, const QString& column)
{
    return QString::number(line) + QLatin1Char(':') + column;
}

// What an import of `kind` changes (the rows name many keys: 0, "any").
void markChanges(const QString& kind, LedgerChanges& changes)
{
    using Record = LedgerChanges::Record;
    if (kind == QLatin1String("orgs") || kind == QLatin1String("members") ||
        kind == QLatin1String("groups") || kind == QLatin1String("group-members")) {
        changes.rosterChanged();
    } else if (kind == QLatin1String("selfstudy")) {
        changes.records(0, Record::SelfStudy);
    } else if (kind == QLatin1String("writings")) {
        changes.records(0, Record::Writing);
    } else if (kind == QLatin1String("attendance")) {
        changes.attendance(0);
    } else if (kind == QLatin1String("speeches")) {
        changes.attendance(0);
        changes.records(0, Record::Speech);
    } else if (kind == QLatin1String("plans")) {
        changes.plan(0, 0);
    } else if (kind == QLatin1String("sessions")) {
        changes.session(0);
    }
}

thread_local QString currentImportFile;
thread_local ImportBatch* currentBatch = nullptr;
thread_local ImportControl currentControl;

} // namespace

ImportFileName::ImportFileName(const QString& path) : m_previous(currentImportFile)
{
    currentImportFile = QFileInfo(path).fileName();
}

ImportFileName::~ImportFileName()
{
    currentImportFile = m_previous;
}

QString ImportFileName::current()
{
    return currentImportFile;
}

ImportBatch::ImportBatch() : m_previous(currentBatch)
{
    currentBatch = this;
}

ImportBatch::~ImportBatch()
{
    currentBatch = m_previous;
}

ImportBatch* ImportBatch::current()
{
    return currentBatch;
}

ImportControlScope::ImportControlScope(ImportControl control) : m_previous(currentControl)
{
    currentControl = std::move(control);
}

ImportControlScope::~ImportControlScope()
{
    currentControl = m_previous;
}

const ImportControl& ImportControlScope::current()
{
    return currentControl;
}

ImportSession::ImportSession(Ledger& ledger, QString kind, Action action)
    : m_ledger(ledger), m_kind(std::move(kind)), m_action(action),
      m_control(ImportControlScope::current())
{
}

Status ImportSession::begin()
{
    if (Status allowed = Access(m_ledger).require(m_action); !allowed)
        return allowed;
    // Writing into a damaged ledger would spread the damage (a broken unique index lets
    // duplicates in): check what this import writes first.
    if (Status healthy = m_ledger.db().verifyBeforeWrite(tablesWrittenByImport(m_kind)); !healthy)
        return healthy;
    // The import's rows go into a table and its indexes in one transaction: with the default
    // cache (2 MB) their pages spill to the journal in mid-transaction and are read back.
    m_cache = std::make_unique<PageCacheScope>(m_ledger.db(), importCacheMebibytes);
    m_tx = std::make_unique<LedgerWrite>(m_ledger);
    if (!m_tx->isActive())
        return m_tx->beginError();
    return {};
}

ImportSession::~ImportSession() = default;

void ImportSession::seed(const std::vector<RowError>& readErrors)
{
    for (const RowError& e : readErrors) {
        m_report.errors.push_back(e);
        m_seeded.insert(seedKey(e.line, e.column));
    }
}

void ImportSession::error(int line, const QString& column, const QString& message)
{
    if (!m_seeded.isEmpty() && m_seeded.contains(seedKey(line, column)))
        return;
    m_report.errors.push_back({line, column, message});
}

bool ImportSession::require(int line, const QString& column, const Status& allowed)
{
    if (allowed)
        return true;
    error(line, column, allowed.error().message);
    return false;
}

void ImportSession::errors(int line, const std::vector<Error>& problems)
{
    for (const Error& e : problems)
        error(line, e.field, e.message);
}

void ImportSession::duplicate(int line, const QString& column, const QString& key, int firstLine)
{
    error(line, column,
          QCoreApplication::translate("sl::ImportSession", "%1 appears on line %2 already")
              .arg(DisplayText::value(key))
              .arg(firstLine));
}

void ImportSession::rejectDuplicateKey(int line, const QString& key, const QString& column)
{
    if (key.isEmpty())
        return;
    // One look-up: a key not seen yet comes in as 0, a seen one holds its first line + 1.
    int& seen = m_keyLines[key];
    if (seen != 0)
        duplicate(line, column, key, seen - 1);
    else
        seen = line + 1;
}

int ImportSession::touch(qint64 id, int line)
{
    if (auto it = m_touched.constFind(id); it != m_touched.cend())
        return *it;
    m_touched.insert(id, line);
    return 0;
}

Error ImportSession::fileAtFault()
{
    return Error::invalid(QString(), QStringLiteral("the file is at fault"));
}

bool ImportSession::next()
{
    if (m_control.cancel && m_control.cancel->isCancelled()) {
        m_cancelled = true;
        return false;
    }
    if (m_control.progress)
        m_control.progress(m_done, std::max(m_control.total, m_done));
    ++m_done;
    return true;
}

void ImportSession::count(bool existed, bool changed)
{
    if (!existed)
        ++m_report.counts.added;
    else if (changed)
        ++m_report.counts.updated;
    else
        ++m_report.counts.unchanged;
}

Result<ImportReport> ImportSession::finish()
{
    if (!m_tx)
        return Error::database(QStringLiteral("the import was not begun"));
    if (m_cancelled || (m_control.cancel && m_control.cancel->isCancelled())) {
        m_tx.reset(); // rolls back
        return Error::cancelled();
    }
    if (m_control.progress)
        m_control.progress(m_done, std::max(m_control.total, m_done));
    if (!m_report.ok() || m_control.dryRun) {
        m_tx.reset(); // rolls back
        return m_report;
    }
    markChanges(m_kind, m_tx->changes());
    if (ImportBatch* batch = ImportBatch::current()) { // its owner records the one entry
        batch->add(m_kind, m_report.counts);
        if (Status s = m_tx->commit(); !s)
            return s.error();
        m_tx.reset();
        return m_report;
    }
    // One entry for the whole file: its name, its kind and the row counts.
    const QString file = ImportFileName::current();
    const QString detail =
        QStringLiteral("导入%1 %2：新增 %3，更新 %4，未变 %5")
            .arg(audit::entityLabel(m_kind), file.isEmpty() ? QStringLiteral("（无文件名）") : file)
            .arg(m_report.counts.added)
            .arg(m_report.counts.updated)
            .arg(m_report.counts.unchanged);
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("import"), m_kind, 0, detail);
        !s)
        return s.error();
    if (Status s = m_tx->commit(); !s)
        return s.error();
    m_tx.reset();
    return m_report;
}

} // namespace sl
