#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

namespace sl {

// A changed self-study entry: undo puts the entry back as it was, redo changes it again.
class EditSelfStudyCommand : public SelfStudyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sl::EditSelfStudyCommand)

public:
    // `before` and `after` have the same id.
    EditSelfStudyCommand(SelfStudyService& service, std::shared_ptr<Context> context,
                         const SelfStudyEntry& before, const SelfStudyEntry& after);

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }

private:
    Status write(SelfStudyEntry entry);

    SelfStudyEntry m_before;
    SelfStudyEntry m_after;
};

} // namespace sl
