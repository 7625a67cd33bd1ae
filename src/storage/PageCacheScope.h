#pragma once

namespace sl {

class Database;

// A larger page cache on a connection while it lives, for an import's one long transaction:
// the pages of a table and of its indexes stay in memory instead of spilling to the journal in
// the middle of the transaction and being read back. The connection's own size comes back
// when it goes. Failures change nothing (the cache is only a speed).
class PageCacheScope
{
public:
    PageCacheScope(Database& db, int mebibytes);
    ~PageCacheScope();
    PageCacheScope(const PageCacheScope&) = delete;
    PageCacheScope& operator=(const PageCacheScope&) = delete;

private:
    Database& m_db;
    long long m_previous = 0;
    bool m_changed = false;
};

} // namespace sl
