#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/ScopeAssessment.h"
#include "domain/ScopeRef.h"

namespace sl {

class AssessmentService;

// Publishing a scope's results of a year as an undo step: redo publishes them as they stand
// (AssessmentService::publish), undo takes that publication back (withdraw), so that the
// adjustments before it can be undone again. A redo publishes anew, as of the redo.
class PublishResultsCommand : public LedgerCommand
{
public:
    PublishResultsCommand(AssessmentService& service, std::shared_ptr<Context> context,
                          const ScopeRef& scope, int year, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    AssessmentService& m_service;
    ScopeRef m_scope;
    int m_year;
    AssessmentPublication m_made; // the publication of the last redo
};

} // namespace sl
