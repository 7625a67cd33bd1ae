#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A removed self-study entry: undo logs it again (notes included), redo removes it again.
class RemoveSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::RemoveSelfStudyCommand)

public:
    // `entry` as it was before it was removed.
    RemoveSelfStudyCommand(SelfStudyService& service, std::shared_ptr<Context> context,
                           const SelfStudyEntry& entry);

protected:
    Status apply() override { return removeEntry(m_entry.id); }
    Status revert() override { return logAgain(m_entry); }

private:
    SelfStudyEntry m_entry;
};

} // namespace sl
