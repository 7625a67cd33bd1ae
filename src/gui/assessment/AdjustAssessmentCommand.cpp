#include "gui/assessment/AdjustAssessmentCommand.h"

#include "services/AssessmentService.h"

namespace sl {

AdjustAssessmentCommand::AdjustAssessmentCommand(AssessmentService& service,
                                                 std::shared_ptr<Context> context,
                                                 const ScopeRef& scope, qint64 memberId, int year,
                                                 std::optional<AssessmentAdjustment> before,
                                                 std::optional<AssessmentAdjustment> after,
                                                 const QString& text)
    : LedgerCommand(std::move(context), text), m_service(service), m_scope(scope),
      m_memberId(memberId), m_year(year), m_before(std::move(before)), m_after(std::move(after))
{
}

Status AdjustAssessmentCommand::write(const std::optional<AssessmentAdjustment>& adjustment)
{
    if (!adjustment)
        return m_service.removeAdjustment(m_scope, m_memberId, m_year);
    return m_service.setAdjustment(m_scope, m_memberId, m_year, adjustment->delta,
                                   adjustment->reason);
}

} // namespace sl
