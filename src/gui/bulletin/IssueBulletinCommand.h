#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Bulletin.h"

namespace sl {

class BulletinService;

// 签发 as an undo step, pushed once the bulletin is issued (`alreadyDone`): undo withdraws it
// (BulletinService::withdraw — only while it is still the latest of its organisation's year),
// redo stores it again as it was, number, date and PDF unchanged (reissue).
class IssueBulletinCommand : public LedgerCommand
{
public:
    IssueBulletinCommand(BulletinService& service, std::shared_ptr<Context> context,
                         IssuedBulletin issued, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    BulletinService& m_service;
    IssuedBulletin m_issued; // as stored, PDF included
    qint64 m_firstId;
};

} // namespace sl
