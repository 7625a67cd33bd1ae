#pragma once

#include "domain/Result.h"
#include "domain/SpeechRecords.h"
#include "domain/StudySession.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace sl {

class Ledger;

// 交流发言 at a held session: a member and a title.
class SpeechService
{
    Q_DECLARE_TR_FUNCTIONS(sl::SpeechService)

public:
    explicit SpeechService(Ledger& ledger) : m_ledger(ledger) {}

    Result<std::vector<SpeechRow>> speeches(qint64 sessionId);

    // Every problem of the speech as it would be saved: the session exists and is held
    // ("session_id"), the member exists ("member_id"), a title is given and the member has no
    // other speech of that title at the session ("title").
    std::vector<Error> check(const Speech& speech);
    // Inserts (id 0) or updates the speech. Returns its id.
    Result<qint64> save(const Speech& speech);
    Status remove(qint64 id);

    // The speeches at every session the query selects, one at a time, for exports.
    Status exportRows(const SessionQuery& sessions,
                      const std::function<Status(const SpeechRow&)>& visit);

private:
    Ledger& m_ledger;
};

} // namespace sl
