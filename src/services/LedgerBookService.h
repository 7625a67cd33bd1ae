#pragma once

#include "domain/CancelFlag.h"
#include "domain/LedgerBook.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <QCoreApplication>

#include <functional>

namespace sl {

class Ledger;

// The ledger book (学习台账) read from the ledger: the sign-in sheet (签到表) of a planned or held
// session, the record (学习记录) of a held session, and the annual volume of a group or of an
// organisation with its descendants. Reading only; the documents are laid out in the report
// layer. A session is read as SessionService::session reads it (its group within the account's
// organisations); a volume as the assessment is read (Access::scopeFor, Action::RecordsRead: a
// member account may not read a whole group's volume).
class LedgerBookService
{
    Q_DECLARE_TR_FUNCTIONS(sl::LedgerBookService)

public:
    explicit LedgerBookService(Ledger& ledger) : m_ledger(ledger) {}

    // The sign-in sheet: one row per member whose seat in the group holds on the session's date
    // (the attendance sheet's rule), by role (组长, 副组长, 秘书, 成员, 列席), then name in pinyin
    // order. Refused ("status") for a cancelled session; "session_id" when there is none.
    Result<SigninSheet> signinSheet(qint64 sessionId);

    // The record of a held session; refused ("status", naming the status) for a planned or a
    // cancelled one; "session_id" when there is none.
    Result<StudyRecord> sessionRecord(qint64 sessionId);

    // The annual volume of the scope for the calendar year. Work stops between its steps once
    // `cancel` is set (ErrorCode::Cancelled); `progress` hears the share done (0…1).
    Result<LedgerVolume> volume(const ScopeRef& scope, int year, const CancelFlag* cancel = nullptr,
                                const std::function<void(double)>& progress = {});

private:
    // The session when it exists and the account may read its group.
    Result<StudySession> readableSession(qint64 sessionId);

    Ledger& m_ledger;
};

} // namespace sl
