#pragma once

#include "gui/common/LedgerCommand.h"

#include "services/MemberLeavingService.h"

#include <functional>
#include <optional>

namespace sl {

// The undoable steps of a member who leaves (LedgerCommand), made through MemberLeavingService:
// - MoveMemberCommand: a transfer, deactivation or reactivation, made by its first redo (the
//   service's result kept); undo writes the member and the memberships it ended back as they
//   were, redo as they were after;
// - RemoveMemberCommand: the removal of a member without records; undo puts the member back
//   under its id with its group memberships.
class MoveMemberCommand : public LedgerCommand
{
public:
    using Make = std::function<Result<MemberMove>(MemberLeavingService&)>;

    MoveMemberCommand(MemberLeavingService& service, std::shared_ptr<Context> context,
                      const QString& text, Make make);

protected:
    Status apply() override;
    Status revert() override;

private:
    MemberLeavingService& m_service;
    Make m_make;
    std::optional<MemberMove> m_move;
};

class RemoveMemberCommand : public LedgerCommand
{
public:
    RemoveMemberCommand(MemberLeavingService& service, std::shared_ptr<Context> context,
                        qint64 memberId, const QString& name);

protected:
    Status apply() override;
    Status revert() override;

private:
    MemberLeavingService& m_service;
    qint64 m_memberId;
    std::optional<RemovedMember> m_removed;
};

} // namespace sl
