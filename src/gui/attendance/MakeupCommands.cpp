#include "gui/attendance/MakeupCommands.h"

#include "services/MakeupService.h"

#include <QCoreApplication>

namespace sl {

SetMakeupCommand::SetMakeupCommand(MakeupService& service, std::shared_ptr<Context> context,
                                   qint64 attendanceId, const QString& memberName,
                                   const State& before, const State& after)
    : LedgerCommand(
          std::move(context),
          dates::isSet(after.date)
              ? QCoreApplication::translate("sl::MakeupCommand", "Record make-up study of %1")
                    .arg(memberName)
              : QCoreApplication::translate("sl::MakeupCommand", "Clear make-up study of %1")
                    .arg(memberName)),
      m_service(service), m_attendanceId(attendanceId), m_before(before), m_after(after)
{
}

Status SetMakeupCommand::write(const State& state)
{
    if (dates::isSet(state.date))
        return m_service.record(m_attendanceId, state.date, state.note);
    return m_service.restore(m_attendanceId, Date(), state.note);
}

} // namespace sl
