#include "gui/assessment/PublishResultsCommand.h"

#include "services/AssessmentService.h"

namespace sl {

PublishResultsCommand::PublishResultsCommand(AssessmentService& service,
                                             std::shared_ptr<Context> context,
                                             const ScopeRef& scope, int year, const QString& text)
    : LedgerCommand(std::move(context), text), m_service(service), m_scope(scope), m_year(year)
{
}

Status PublishResultsCommand::apply()
{
    if (Status s = m_service.publish(m_scope, m_year); !s)
        return s;
    auto stored = m_service.publication(m_scope, m_year);
    if (!stored)
        return stored.error();
    m_made = stored->value_or(AssessmentPublication{});
    return {};
}

Status PublishResultsCommand::revert()
{
    return m_service.withdraw(m_scope, m_year, m_made);
}

} // namespace sl
