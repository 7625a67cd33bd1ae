#include "gui/bulletin/SetBulletinSettingsCommand.h"

#include "services/BulletinService.h"

namespace sl {

SetBulletinSettingsCommand::SetBulletinSettingsCommand(BulletinService& service,
                                                       std::shared_ptr<Context> context,
                                                       BulletinSettings before,
                                                       BulletinSettings after, const QString& text)
    : LedgerCommand(std::move(context), text), m_service(service), m_before(std::move(before)),
      m_after(std::move(after))
{
}

Status SetBulletinSettingsCommand::apply()
{
    return m_service.setSettings(m_after);
}

Status SetBulletinSettingsCommand::revert()
{
    return m_service.setSettings(m_before);
}

} // namespace sl
