#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A logged self-study entry: undo removes it, redo logs it again.
class LogSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::LogSelfStudyCommand)

public:
    // `entry` as logged, with its id.
    LogSelfStudyCommand(std::shared_ptr<Shared> shared, const SelfStudyEntry& entry);

    void undo() override;
    void redo() override;

private:
    SelfStudyEntry m_entry;
};

} // namespace sl
