#pragma once

#include "domain/MemberArchive.h"
#include "domain/Result.h"

namespace sl {

class Ledger;

// 学习档案: gathers everything one member did in one calendar year (BULLETIN.md), for the
// archive document, its preview and print.
class ArchiveService
{
public:
    explicit ArchiveService(Ledger& ledger) : m_ledger(ledger) {}

    // Identity, organisation, seats, sessions with attendance and make-up, speeches, self-study
    // with notes, writings, member-wide figures with the year's targets, and the assessment in
    // each group where the member is assessed (role not 列席). NotFound for an unknown member;
    // Invalid for a year outside 1900–2100; Permission for a member account asking for
    // another member.
    Result<MemberArchive> archive(qint64 memberId, int year);

private:
    Ledger& m_ledger;
};

} // namespace sl
