#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A changed self-study entry: undo puts the entry back as it was, redo changes it again.
class EditSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::EditSelfStudyCommand)

public:
    // `before` and `after` have the same id.
    EditSelfStudyCommand(std::shared_ptr<Shared> shared, const SelfStudyEntry& before,
                         const SelfStudyEntry& after);

    void undo() override;
    void redo() override;

private:
    void apply(SelfStudyEntry entry);

    SelfStudyEntry m_before;
    SelfStudyEntry m_after;
};

} // namespace sl
