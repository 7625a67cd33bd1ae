#include "gui/settings/SaveRubricCommand.h"

#include "services/RubricService.h"

#include <QCoreApplication>

namespace sl {

SaveRubricCommand::SaveRubricCommand(std::shared_ptr<Context> context, RubricService& service,
                                     const Rubric& before, const Rubric& after)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::RubricPage", "Save the rubric of %1").arg(after.year)),
      m_service(service), m_before(before), m_after(after)
{
    m_before.published = false;
    m_after.published = false;
}

Status SaveRubricCommand::apply()
{
    return m_service.save(m_after);
}

Status SaveRubricCommand::revert()
{
    return m_service.save(m_before);
}

} // namespace sl
