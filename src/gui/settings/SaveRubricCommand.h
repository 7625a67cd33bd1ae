#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Rubric.h"

namespace sl {

class RubricService;

// Saving the rubric of a year: redo stores the new rubric, undo stores the one before (the
// defaults, when the year had none of its own).
class SaveRubricCommand : public LedgerCommand
{
public:
    SaveRubricCommand(std::shared_ptr<Context> context, RubricService& service,
                      const Rubric& before, const Rubric& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    RubricService& m_service;
    Rubric m_before;
    Rubric m_after;
};

} // namespace sl
