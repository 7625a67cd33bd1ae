#include "PageCacheScope.h"

#include "Database.h"

#include <QSqlQuery>

namespace sl {

PageCacheScope::PageCacheScope(Database& db, int mebibytes) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    m_previous = q.value(0).toLongLong();
    const long long wanted = -1024LL * mebibytes; // negative: in KiB
    // Only ever larger: a connection set wider already keeps its size.
    const long long previousKib = m_previous < 0 ? -m_previous : m_previous * 4;
    if (previousKib >= -wanted)
        return;
    m_changed = q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(wanted));
}

PageCacheScope::~PageCacheScope()
{
    if (!m_changed)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace sl
