#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/DateBridge.h"
#include "domain/Enums.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QMenu;

namespace sl {

class Ledger;
class MemberLeavingService;
class MembersView;
struct MemberMove;

// A member who leaves, in 组织与党员 (issue 14 item 8): 转出… (transfer to another
// organisation), 停用… (deactivate with a day and a reason), 恢复 (reactivate) and 删除 —
// refused for a member with records, with the count and 转出 / 停用 offered instead. Each is one
// undoable step (LeavingCommands) on the area's undo stack, pushed through `push` (BranchActions).
// The "显示已停用" box beside the filter shows the members who left, greyed; without it they are
// not listed.
class MemberLeavingActions : public QObject
{
    Q_OBJECT

public:
    // Pushes a command; false (the refusal in the Error) when its first redo failed.
    using Push = std::function<bool(LedgerCommand*, Error*)>;

    MemberLeavingActions(Ledger& ledger, MembersView* view,
                         std::shared_ptr<LedgerCommand::Context> context, Push push);
    ~MemberLeavingActions() override;

    QAction* transferAction() const { return m_transfer; }
    QAction* deactivateAction() const { return m_deactivate; }
    QAction* reactivateAction() const { return m_reactivate; }
    QCheckBox* showInactiveBox() const { return m_showInactive; }
    // Adds the actions to `menu` (the 组织设置 menu, the table's context menu).
    void addTo(QMenu* menu) const;

    // The edits, each one step on the stack; false, with `refusal` set, when refused.
    bool transfer(qint64 memberId, qint64 orgId, const Date& date, Error* refusal = nullptr);
    bool deactivate(qint64 memberId, const Date& date, LeaveReason reason, const QString& note,
                    Error* refusal = nullptr);
    bool reactivate(qint64 memberId, Error* refusal = nullptr);
    bool remove(qint64 memberId, const QString& name, Error* refusal = nullptr);

public slots:
    // The forms and questions (modal), for the selected member.
    void transferCurrent();
    void deactivateCurrent();
    void reactivateCurrent();
    void deleteCurrent();

private:
    void updateActions();
    bool move(const QString& text, std::function<Result<MemberMove>(MemberLeavingService&)> make,
              Error* refusal);

    MembersView* m_view;
    std::unique_ptr<MemberLeavingService> m_service;
    std::shared_ptr<LedgerCommand::Context> m_context;
    Push m_push;
    QAction* m_transfer;
    QAction* m_deactivate;
    QAction* m_reactivate;
    QCheckBox* m_showInactive;
};

} // namespace sl
