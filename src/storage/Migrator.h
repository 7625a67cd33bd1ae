#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace sl {

class Database;

// What a migration did.
struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // the copy made before migrating an existing database, if any
};

// Runs the numbered migrations (resources :/migrations/NNNN_name.sql) that a database has not
// had yet, each in its own (nested) transaction inside one for them all, so that a failure leaves
// the file at its old version. Before touching a database that already holds data it makes a
// verified backup copy beside it (owner-only), removed again when the migration fails. A database
// whose schema is newer than this program is refused and left untouched.
class Migrator
{
public:
    // The highest version this program knows.
    static int latestVersion();
    // Migrates to `targetVersion` (0: the latest); tests use a target to build older files.
    static Result<MigrationReport> migrate(Database& db, int targetVersion = 0);

    // SchemaTooNew when the database was written by a newer StudyLedger.
    static Status refuseNewer(Database& db);

    // The migration scripts, ordered by version (for tests).
    static QStringList scriptNames();

private:
    static Status applySteps(Database& db, int target, MigrationReport* report);
};

} // namespace sl
