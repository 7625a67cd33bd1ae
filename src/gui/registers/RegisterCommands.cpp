#include "gui/registers/RegisterCommands.h"

#include "services/ExpertService.h"
#include "services/ModelUnitService.h"

#include <QCoreApplication>

namespace sl {

namespace {

// Units are kept in the aliases under their negated id, apart from experts.
qint64 unitKey(qint64 id)
{
    return -id;
}

} // namespace

SaveExpertCommand* saveExpertCommand(ExpertService& service,
                                     std::shared_ptr<LedgerCommand::Context> context,
                                     std::optional<Expert> before, const Expert& after)
{
    const QString text =
        before
            ? QCoreApplication::translate("sl::RegisterCommand", "Edit expert %1").arg(after.name)
            : QCoreApplication::translate("sl::RegisterCommand", "New expert %1").arg(after.name);
    return new SaveExpertCommand(RecordKeeper<Expert>::of(service), std::move(context),
                                 std::move(before), after, text);
}

RemoveExpertCommand* removeExpertCommand(ExpertService& service,
                                         std::shared_ptr<LedgerCommand::Context> context,
                                         const Expert& expert)
{
    return new RemoveExpertCommand(
        RecordKeeper<Expert>::of(service), std::move(context), expert,
        QCoreApplication::translate("sl::RegisterCommand", "Remove expert %1").arg(expert.name));
}

ApplyUnitCommand::ApplyUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                                   const ModelUnit& unit, const Date& appliedOn,
                                   const QString& note)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::RegisterCommand", "Apply for %1").arg(unit.name)),
      m_service(service), m_unit(unit), m_appliedOn(appliedOn), m_note(note)
{
}

Status ApplyUnitCommand::apply()
{
    auto applied = m_service.apply(m_unit, m_appliedOn, m_note);
    if (!applied)
        return applied.error();
    if (m_firstId == 0)
        m_firstId = *applied;
    else
        alias(resolve(unitKey(m_firstId)), unitKey(*applied));
    return {};
}

Status ApplyUnitCommand::revert()
{
    return m_service.remove(unitKey(resolve(unitKey(m_firstId))));
}

EditUnitCommand::EditUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                                 const ModelUnit& before, const ModelUnit& after)
    : LedgerCommand(std::move(context),
                    QCoreApplication::translate("sl::RegisterCommand", "Edit %1").arg(after.name)),
      m_service(service), m_before(before), m_after(after)
{
}

Status EditUnitCommand::write(ModelUnit unit)
{
    unit.id = unitKey(resolve(unitKey(unit.id)));
    return m_service.edit(unit);
}

RemoveUnitCommand::RemoveUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                                     const ModelUnit& unit, std::vector<ModelUnitChange> history)
    : LedgerCommand(std::move(context),
                    QCoreApplication::translate("sl::RegisterCommand", "Remove %1").arg(unit.name)),
      m_service(service), m_unit(unit), m_history(std::move(history))
{
}

Status RemoveUnitCommand::apply()
{
    return m_service.remove(unitKey(resolve(unitKey(m_unit.id))));
}

Status RemoveUnitCommand::revert()
{
    // The history starts with the application (申报); the changes after it are replayed.
    const bool hasHistory = !m_history.empty();
    auto applied = m_service.apply(m_unit, hasHistory ? m_history.front().changedOn : Date(),
                                   hasHistory ? m_history.front().note : QString());
    if (!applied)
        return applied.error();
    alias(resolve(unitKey(m_unit.id)), unitKey(*applied));
    for (size_t i = 1; i < m_history.size(); ++i) {
        const ModelUnitChange& c = m_history[i];
        if (Status s = m_service.changeStatus(*applied, c.status, c.changedOn, c.note); !s)
            return s;
    }
    return {};
}

ChangeUnitStatusCommand::ChangeUnitStatusCommand(ModelUnitService& service,
                                                 std::shared_ptr<Context> context,
                                                 const ModelUnit& unit,
                                                 const ModelUnitChange& change)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::RegisterCommand", "Change status of %1").arg(unit.name)),
      m_service(service), m_unitId(unit.id), m_change(change)
{
}

Status ChangeUnitStatusCommand::apply()
{
    return m_service.changeStatus(unitKey(resolve(unitKey(m_unitId))), m_change.status,
                                  m_change.changedOn, m_change.note);
}

Status ChangeUnitStatusCommand::revert()
{
    return m_service.withdrawChange(unitKey(resolve(unitKey(m_unitId))), m_change);
}

} // namespace sl
