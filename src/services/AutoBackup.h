#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sl {

class Ledger;

// The automatic backups of a ledger (the GUI makes one on the first start of each day): in the
// folder `<db>.backups/` beside the ledger, named `<file name>-YYYYMMDD-HHMMSS.sqlite` (plus
// `.files/` when the ledger has materials), the newest `keep` kept. The time is Clock::nowUtc()
// in local time, so that tests can move the day.
class AutoBackup
{
public:
    static constexpr int defaultKeep = 7;

    static QString folderFor(const QString& ledgerPath);
    static QString nameFor(const QString& ledgerPath, const QDateTime& at);
    // The automatic backups of the ledger, oldest first.
    static QStringList existing(const QString& ledgerPath);
    // Whether none was made today.
    static bool isDue(const QString& ledgerPath);

    // Makes today's backup when none was made yet and `keep` > 0 (0 turns them off), then
    // removes all but the newest `keep`. Any signed-in account (not a signed-out ledger): the
    // copy stays beside the ledger. The new backup's path; empty when none was due.
    static Result<QString> runIfDue(Ledger& ledger, int keep);
    // Removes all but the newest `keep` backups (and their materials folders).
    static Status prune(const QString& ledgerPath, int keep);
};

} // namespace sl
