#include "DistrictFiles.h"

#include "ChildRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bench {

DistrictFiles::DistrictFiles(const QString& folder, const QString& cli, int members, int year)
    : m_folder(folder), m_cli(cli), m_members(members), m_year(year)
{
}

QString DistrictFiles::exported(const QString& kind) const
{
    return m_folder + QStringLiteral("/%1.csv").arg(kind);
}

QString DistrictFiles::scratch(const QString& name) const
{
    const QString path = m_folder + QLatin1Char('/') + name;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

QString DistrictFiles::copyOf(const QString& ledger, const QString& name) const
{
    const QString path = scratch(name);
    return QFile::copy(ledger, path) ? path : QString();
}

bool DistrictFiles::cliStep(QTextStream& log, const QString& db, const QStringList& arguments)
{
    log << "  " << QFileInfo(db).fileName() << ": " << arguments.join(QLatin1Char(' ')) << "\n";
    log.flush();
    const ChildRun run = runChild(m_cli, QStringList{QStringLiteral("--db"), db} + arguments,
                                  QStringLiteral("/dev/null"));
    if (run.exitCode == 0)
        return true;
    log << "  failed with exit code " << run.exitCode << "\n";
    return false;
}

bool DistrictFiles::prepare(QTextStream& log)
{
    if (!QDir().mkpath(m_folder)) {
        log << "cannot create " << m_folder << "\n";
        return false;
    }
    const QString year = QString::number(m_year);
    log << "files in " << m_folder << " (made once, reused):\n";
    if (!QFile::exists(district()) &&
        !cliStep(log, district(),
                 {QStringLiteral("demo"), QStringLiteral("--members"), QString::number(m_members),
                  QStringLiteral("--year"), year}))
        return false;
    if (!QFile::exists(demo()) && !cliStep(log, demo(),
                                           {QStringLiteral("demo"), QStringLiteral("--seed"),
                                            QStringLiteral("1"), QStringLiteral("--year"), year}))
        return false;
    for (const QString& kind :
         {QStringLiteral("orgs"), QStringLiteral("members"), QStringLiteral("selfstudy")}) {
        if (!QFile::exists(exported(kind)) &&
            !cliStep(log, district(),
                     {QStringLiteral("export"), kind, QStringLiteral("-o"), exported(kind)}))
            return false;
    }
    if (!QFile::exists(orgsOnly())) {
        const QString path = scratch(QStringLiteral("orgs-only.part"));
        if (!cliStep(log, path, {QStringLiteral("init")}) ||
            !cliStep(log, path,
                     {QStringLiteral("import"), QStringLiteral("orgs"),
                      exported(QStringLiteral("orgs"))}) ||
            !QFile::rename(path, orgsOnly()))
            return false;
    }
    if (!QFile::exists(roster())) {
        const QString path = copyOf(orgsOnly(), QStringLiteral("roster.part"));
        if (path.isEmpty() ||
            !cliStep(log, path,
                     {QStringLiteral("import"), QStringLiteral("members"),
                      exported(QStringLiteral("members"))}) ||
            !QFile::rename(path, roster()))
            return false;
    }
    return true;
}

} // namespace bench
