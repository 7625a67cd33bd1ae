#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Bulletin.h"

namespace sl {

class BulletinService;

// Changes the bulletin settings of an issuing organisation through BulletinService: redo stores
// `after`, undo stores `before` again.
class SetBulletinSettingsCommand : public LedgerCommand
{
public:
    SetBulletinSettingsCommand(BulletinService& service, std::shared_ptr<Context> context,
                               BulletinSettings before, BulletinSettings after,
                               const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    BulletinService& m_service;
    BulletinSettings m_before;
    BulletinSettings m_after;
};

} // namespace sl
