#pragma once

#include "services/Ledger.h"
#include "services/RosterService.h"
#include "services/SessionService.h"
#include "support/FileBytes.h"
#include "support/SessionFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Ledgers with materials and the broken files a restore must refuse, for the backup tests.
namespace backup_fixture {

inline qint64 memberCount(sl::Ledger& ledger)
{
    auto n = sl::RosterService(ledger).memberCount({});
    return n ? *n : -1;
}

// A new member M<n> of branch B01; false when it did not go in.
inline bool addMember(sl::Ledger& ledger, int n)
{
    sl::Member m;
    m.extId = QStringLiteral("X%1").arg(n, 4, 10, QLatin1Char('0'));
    m.name = QStringLiteral("新党员%1").arg(n);
    m.orgId = session_fixture::orgId(ledger, "B01");
    return sl::RosterService(ledger).saveMember(m).ok();
}

// The roster of SessionFixture, one held session and one material `讲稿.txt` with `text`; the
// session's id (0 on failure).
inline qint64 ledgerWithMaterial(sl::Ledger& ledger, const QString& scratch, const QByteArray& text)
{
    if (!session_fixture::buildRoster(ledger))
        return 0;
    const qint64 id = session_fixture::heldSession(ledger, "G-C01", sl::Date(2026, 3, 10));
    const QString source = scratch + QStringLiteral("/讲稿.txt");
    if (!id || writeBytes(source, text).isEmpty())
        return 0;
    return sl::SessionService(ledger).attachMaterial(id, source).ok() ? id : 0;
}

// Runs `sql` on the file through a plain connection of its own (no StudyLedger checks).
inline bool rawExec(const QString& file, const QStringList& sql)
{
    bool ok = true;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString& statement : sql)
            ok = ok && q.exec(statement);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// Overwrites one whole page in the middle of the file with noise.
inline bool overwriteMiddlePage(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || f.size() < 4 * 4096)
        return false;
    const qint64 page = (f.size() / 4096) / 2;
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 7) & 0xff);
    return f.seek(page * 4096) && f.write(noise) == noise.size();
}

} // namespace backup_fixture
