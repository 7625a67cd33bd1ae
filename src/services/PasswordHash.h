#pragma once

#include "domain/Result.h"

#include <QString>

namespace sl {

// Password hashes: libsodium's crypto_pwhash_str (Argon2id), a self-describing string that
// holds the algorithm, its limits and the salt. Only the services and storage ever see a hash;
// the clear password is turned into UTF-8 bytes that are wiped (sodium_memzero) after use.
class PasswordHash
{
public:
    // The cost of new hashes. Moderate (256 MiB, about 0.7 s) is what accounts use; Interactive
    // (64 MiB, about 0.1 s) exists for test suites, which make many hashes. Verification works
    // for a hash made with any limits; a successful log-in replaces a hash whose limits are
    // weaker than the current ones (needsRehash).
    enum class Limits
    {
        Moderate,
        Interactive,
    };

    // The hash of `password`; an error when libsodium cannot start or the memory is not there.
    static Result<QString> hash(const QString& password);
    // Whether `password` matches `hash` (false for a malformed hash).
    static bool verify(const QString& hash, const QString& password);
    // Whether `hash` was made with other limits than the current ones.
    static bool needsRehash(const QString& hash);

    // The limits of new hashes: Moderate, unless the environment variable
    // STUDYLEDGER_PWHASH_LIMITS is "interactive" (for test suites that run studyledger-cli as a
    // process) or a test has called setLimits.
    static Limits limits();
    static void setLimits(Limits limits);
};

} // namespace sl
