#pragma once

#include "gui/common/RecordCommands.h"

#include "domain/Registers.h"

#include <optional>
#include <vector>

namespace sl {

class ExpertService;
class ModelUnitService;

// The undoable edits of 登记簿 (LedgerCommand), each made through its service by the first
// redo. A record that an undo or redo creates again gets a new id, kept in the stack's
// IdAliases (experts and units apart: a unit's id is kept negated).

// A new expert (undo removes it) or a changed one (undo writes it back); an expert removed
// from the pool (undo adds it again; refused while sessions name it). RecordCommands keeps the
// ids; the functions give the commands their text in Edit › Undo.
using SaveExpertCommand = SaveRecordCommand<Expert>;
using RemoveExpertCommand = RemoveRecordCommand<Expert>;
SaveExpertCommand* saveExpertCommand(ExpertService& service,
                                     std::shared_ptr<LedgerCommand::Context> context,
                                     std::optional<Expert> before, const Expert& after);
RemoveExpertCommand* removeExpertCommand(ExpertService& service,
                                         std::shared_ptr<LedgerCommand::Context> context,
                                         const Expert& expert);

// A unit's application (申报) with its date and note: undo removes the unit.
class ApplyUnitCommand : public LedgerCommand
{
public:
    ApplyUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                     const ModelUnit& unit, const Date& appliedOn, const QString& note);

protected:
    Status apply() override;
    Status revert() override;

private:
    ModelUnitService& m_service;
    ModelUnit m_unit;
    Date m_appliedOn;
    QString m_note;
    qint64 m_firstId = 0;
};

// A unit's name, organisation, kind and year changed: undo writes them back.
class EditUnitCommand : public LedgerCommand
{
public:
    EditUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                    const ModelUnit& before, const ModelUnit& after);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(ModelUnit unit);
    ModelUnitService& m_service;
    ModelUnit m_before;
    ModelUnit m_after;
};

// A unit removed: undo registers it again with its whole status history (申报, then each change
// with its date and note).
class RemoveUnitCommand : public LedgerCommand
{
public:
    RemoveUnitCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                      const ModelUnit& unit, std::vector<ModelUnitChange> history);

protected:
    Status apply() override;
    Status revert() override;

private:
    ModelUnitService& m_service;
    ModelUnit m_unit;
    std::vector<ModelUnitChange> m_history;
};

// A unit's status changed (申报 → 认定 / 撤销, 认定 → 撤销) with its date and note: undo takes the
// change back (the unit has its status before again), redo makes it again.
class ChangeUnitStatusCommand : public LedgerCommand
{
public:
    ChangeUnitStatusCommand(ModelUnitService& service, std::shared_ptr<Context> context,
                            const ModelUnit& unit, const ModelUnitChange& change);

protected:
    Status apply() override;
    Status revert() override;

private:
    ModelUnitService& m_service;
    qint64 m_unitId;
    ModelUnitChange m_change;
};

} // namespace sl
