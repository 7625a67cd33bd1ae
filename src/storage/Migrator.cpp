#include "Migrator.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sl {

namespace {

// "0003_add_bulletins.sql" → 3; 0 when the name has no number.
int versionOf(const QString& name)
{
    return name.section(QLatin1Char('_'), 0, 0).toInt();
}

// Splits a script into statements at semicolons that end a line (the scripts keep to that). The
// body of a CREATE TRIGGER (BEGIN … END;) holds statements of its own: the trigger ends at the
// line that is END;.
QStringList statementsOf(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        if (current.isEmpty() &&
            trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        if (inTrigger) {
            if (trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0) {
                out << current.trimmed();
                current.clear();
                inTrigger = false;
            }
            continue;
        }
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// The copy of a version-N file: one per version. When an earlier attempt to migrate the same
// version left its copy (it failed after the copy, or was killed), that copy is replaced rather
// than joined by another.
QString backupPathFor(const QString& path, int version, bool* replace)
{
    const QFileInfo info(path);
    const QString prefix = QStringLiteral("%1.v%2-").arg(info.fileName()).arg(version);
    // What a killed copy of this version left, whatever its stamp.
    DatabaseBackup::removeStaleTemporaries(info.absoluteDir(), prefix + QStringLiteral("*.bak"));
    const QStringList earlier =
        info.absoluteDir().entryList({prefix + QStringLiteral("*.bak")}, QDir::Files, QDir::Name);
    *replace = !earlier.isEmpty();
    if (*replace)
        return info.absoluteDir().filePath(earlier.last());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(stamp);
}

} // namespace

Status Migrator::applySteps(Database& db, int target, MigrationReport* report)
{
    Transaction all(db);
    if (!all.isActive())
        return all.beginError();
    QSqlQuery q(db.connection());
    const int from = report->toVersion;
    int reached = from;
    for (const QString& name : scriptNames()) {
        const int version = versionOf(name);
        if (version <= reached)
            continue;
        if (version > target)
            break;
        QFile file(QStringLiteral(":/migrations/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error::database(
                QCoreApplication::translate("sl::Migrator", "migration %1 is missing").arg(name));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction step(db);
        for (const QString& statement : statementsOf(script)) {
            if (!q.exec(statement))
                return Error::database(
                    QCoreApplication::translate("sl::Migrator", "migration %1 failed: %2")
                        .arg(name, db.sqlError(q.lastError()).message));
        }
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return db.sqlError(q.lastError());
        if (Status s = step.commit(); !s)
            return s.error();
        reached = version;
    }
    if (Status s = all.commit(); !s)
        return s.error();
    report->toVersion = reached;
    return {};
}

QStringList Migrator::scriptNames()
{
    QStringList names = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")});
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return versionOf(a) < versionOf(b); });
    return names;
}

int Migrator::latestVersion()
{
    const QStringList names = scriptNames();
    return names.isEmpty() ? 0 : versionOf(names.last());
}

Status Migrator::refuseNewer(Database& db)
{
    const int version = db.schemaVersion();
    const int latest = latestVersion();
    if (version > latest)
        return Error{ErrorCode::SchemaTooNew,
                     {},
                     QCoreApplication::translate("sl::Migrator",
                                                 "%1 has schema version %2, newer than this "
                                                 "program's %3; use a newer StudyLedger")
                         .arg(db.path())
                         .arg(version)
                         .arg(latest)};
    return {};
}

Result<MigrationReport> Migrator::migrate(Database& db, int targetVersion)
{
    MigrationReport report;
    report.fromVersion = db.schemaVersion();
    report.toVersion = report.fromVersion;
    const int latest = latestVersion();
    if (report.fromVersion < 0)
        return Error::database(
            QCoreApplication::translate("sl::Migrator", "cannot read the schema version of %1")
                .arg(db.path()));
    if (Status newer = refuseNewer(db); !newer)
        return newer.error();
    const int target = targetVersion > 0 ? std::min(targetVersion, latest) : latest;
    if (report.fromVersion >= target)
        return report;

    if (report.fromVersion > 0) {
        bool replace = false;
        report.backupPath = backupPathFor(db.path(), report.fromVersion, &replace);
        if (Status s = db.backupTo(report.backupPath, replace); !s)
            return s.error();
    }

    // All steps in one transaction: a failure leaves the file at its old version, untouched, and
    // the copy made for it goes (so that repeated failures do not pile copies up).
    Status applied = applySteps(db, target, &report);
    if (!applied) {
        if (!report.backupPath.isEmpty())
            QFile::remove(report.backupPath);
        report.backupPath.clear();
        return applied.error();
    }
    return report;
}

} // namespace sl
