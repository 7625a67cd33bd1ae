#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A removed self-study entry: undo logs it again (notes included), redo removes it again.
class RemoveSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::RemoveSelfStudyCommand)

public:
    // `entry` as it was before it was removed.
    RemoveSelfStudyCommand(std::shared_ptr<Shared> shared, const SelfStudyEntry& entry);

    void undo() override;
    void redo() override;

private:
    SelfStudyEntry m_entry;
};

} // namespace sl
