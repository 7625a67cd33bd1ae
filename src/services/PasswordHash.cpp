#include "PasswordHash.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <atomic>

namespace sl {

namespace {

std::atomic<int> s_limits{-1}; // -1: not chosen yet (the environment decides)

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

struct Cost
{
    unsigned long long ops;
    size_t mem;
};

Cost cost(PasswordHash::Limits limits)
{
    if (limits == PasswordHash::Limits::Interactive)
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

// The UTF-8 bytes of a clear password, wiped when they go.
class ClearBytes
{
public:
    explicit ClearBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~ClearBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    ClearBytes(const ClearBytes&) = delete;
    ClearBytes& operator=(const ClearBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHash::Limits PasswordHash::limits()
{
    int chosen = s_limits.load();
    if (chosen < 0) {
        const bool interactive =
            qEnvironmentVariable("STUDYLEDGER_PWHASH_LIMITS") == QLatin1String("interactive");
        chosen = int(interactive ? Limits::Interactive : Limits::Moderate);
        int expected = -1;
        s_limits.compare_exchange_strong(expected, chosen);
        chosen = s_limits.load();
    }
    return Limits(chosen);
}

void PasswordHash::setLimits(Limits limits)
{
    s_limits.store(int(limits));
}

Result<QString> PasswordHash::hash(const QString& password)
{
    if (!sodiumReady())
        return Error{ErrorCode::Io,
                     {},
                     QCoreApplication::translate("sl::PasswordHash",
                                                 "the password library could not start")};
    const ClearBytes clear(password);
    const Cost c = cost(limits());
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, clear.data(), clear.size(), c.ops, c.mem) != 0)
        return Error{ErrorCode::Io,
                     {},
                     QCoreApplication::translate("sl::PasswordHash",
                                                 "not enough memory to hash the password")};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const ClearBytes clear(password);
    return crypto_pwhash_str_verify(stored.constData(), clear.data(), clear.size()) == 0;
}

bool PasswordHash::needsRehash(const QString& hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const Cost c = cost(limits());
    return crypto_pwhash_str_needs_rehash(stored.constData(), c.ops, c.mem) != 0;
}

} // namespace sl
