#include "gui/members/LeavingCommands.h"

#include <QCoreApplication>

namespace sl {

MoveMemberCommand::MoveMemberCommand(MemberLeavingService& service,
                                     std::shared_ptr<Context> context, const QString& text,
                                     Make make)
    : LedgerCommand(std::move(context), text), m_service(service), m_make(std::move(make))
{
}

Status MoveMemberCommand::apply()
{
    if (m_move)
        return m_service.reapply(*m_move);
    auto made = m_make(m_service);
    if (!made)
        return made.error();
    m_move = std::move(made).value();
    return {};
}

Status MoveMemberCommand::revert()
{
    return m_move ? m_service.revert(*m_move) : Status();
}

RemoveMemberCommand::RemoveMemberCommand(MemberLeavingService& service,
                                         std::shared_ptr<Context> context, qint64 memberId,
                                         const QString& name)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::LeavingCommand", "Delete member %1").arg(name)),
      m_service(service), m_memberId(memberId)
{
}

Status RemoveMemberCommand::apply()
{
    auto removed = m_service.remove(m_memberId);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

Status RemoveMemberCommand::revert()
{
    return m_removed ? m_service.restore(*m_removed) : Status();
}

} // namespace sl
