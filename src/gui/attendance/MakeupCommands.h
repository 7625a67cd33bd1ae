#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/DateBridge.h"

namespace sl {

class MakeupService;

// The make-up study (补学) of one attendance record as it is to be, through MakeupService on the
// make-up ledger's stack: recording a date and a note, or clearing them (an unset date). Undo
// puts the date and note back as they were, redo writes them again; both are audited as any
// make-up change. (The record keeps its id: no aliases.)
class SetMakeupCommand : public LedgerCommand
{
public:
    struct State
    {
        Date date; // unset: no make-up study recorded
        QString note;
    };

    SetMakeupCommand(MakeupService& service, std::shared_ptr<Context> context, qint64 attendanceId,
                     const QString& memberName, const State& before, const State& after);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(const State& state);

    MakeupService& m_service;
    qint64 m_attendanceId;
    State m_before;
    State m_after;
};

} // namespace sl
