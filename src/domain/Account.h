#pragma once

#include "Enums.h"

#include <QString>

namespace sl {

// An account (账号) of a shared ledger. Its password is kept only as an Argon2id hash, which
// never leaves the storage and service layers.
struct Account
{
    qint64 id = 0;
    QString name;
    AccountRole role = AccountRole::Member;
    qint64 memberId = 0; // a member account: the member it stands for
    qint64 orgId = 0;    // a secretary's or leader's organisation (its subtree is the scope)
    bool disabled = false;
    QString createdAt;   // ISO 8601 UTC
    QString lastLoginAt; // ISO 8601 UTC, empty: never
    // For display: the member's and the organisation's names, empty when there is none.
    QString memberName;
    QString orgName;
};

// A new account, or what an administrator asks for when creating one.
struct NewAccount
{
    QString name;
    QString password; // clear text, only on its way to the hash
    AccountRole role = AccountRole::Member;
    qint64 memberId = 0;
    qint64 orgId = 0;
};

} // namespace sl
