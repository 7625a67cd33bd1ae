#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A logged self-study entry: undo removes it, redo logs it again.
class LogSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::LogSelfStudyCommand)

public:
    // `entry` as logged, with its id.
    LogSelfStudyCommand(SelfStudyService& service, std::shared_ptr<Context> context,
                        const SelfStudyEntry& entry);

protected:
    Status apply() override { return logAgain(m_entry); }
    Status revert() override { return removeEntry(m_entry.id); }

private:
    SelfStudyEntry m_entry;
};

} // namespace sl
