#include "gui/bulletin/IssueBulletinCommand.h"

#include "services/BulletinService.h"

namespace sl {

IssueBulletinCommand::IssueBulletinCommand(BulletinService& service,
                                           std::shared_ptr<Context> context, IssuedBulletin issued,
                                           const QString& text)
    : LedgerCommand(std::move(context), text, /*alreadyDone=*/true), m_service(service),
      m_issued(std::move(issued)), m_firstId(m_issued.id)
{
}

Status IssueBulletinCommand::apply()
{
    auto id = m_service.reissue(m_issued);
    if (!id)
        return id.error();
    alias(resolve(m_firstId), *id);
    return {};
}

Status IssueBulletinCommand::revert()
{
    auto withdrawn = m_service.withdraw(resolve(m_firstId));
    if (!withdrawn)
        return withdrawn.error();
    m_issued = std::move(*withdrawn);
    return {};
}

} // namespace sl
