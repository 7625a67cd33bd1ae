#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/AssessmentAdjustment.h"
#include "domain/ScopeRef.h"

#include <optional>

namespace sl {

class AssessmentService;

// Sets (or takes back) the manual adjustment of one member's final in a scope's assessment of a
// year, through AssessmentService: redo writes `after`, undo restores `before` — the adjustment
// recorded before the edit, or none (then it is removed). Only delta and reason are written.
// The assessment view follows the ledger's events (assessmentChanged).
class AdjustAssessmentCommand : public LedgerCommand
{
public:
    AdjustAssessmentCommand(AssessmentService& service, std::shared_ptr<Context> context,
                            const ScopeRef& scope, qint64 memberId, int year,
                            std::optional<AssessmentAdjustment> before,
                            std::optional<AssessmentAdjustment> after, const QString& text);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(const std::optional<AssessmentAdjustment>& adjustment);

    AssessmentService& m_service;
    ScopeRef m_scope;
    qint64 m_memberId;
    int m_year;
    std::optional<AssessmentAdjustment> m_before;
    std::optional<AssessmentAdjustment> m_after;
};

} // namespace sl
