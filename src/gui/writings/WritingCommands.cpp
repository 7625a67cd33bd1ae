#include "gui/writings/WritingCommands.h"

#include "services/WritingService.h"

#include <QCoreApplication>

namespace sl {

SaveWritingCommand::SaveWritingCommand(WritingService& service, std::shared_ptr<Context> context,
                                       std::optional<Writing> before, const Writing& after)
    : LedgerCommand(
          std::move(context),
          before ? QCoreApplication::translate("sl::WritingCommand", "Edit “%1”").arg(after.title)
                 : QCoreApplication::translate("sl::WritingCommand", "New writing “%1”")
                       .arg(after.title),
          true),
      m_service(service), m_before(std::move(before)), m_after(after)
{
}

Status SaveWritingCommand::apply()
{
    Writing w = m_after;
    const qint64 current = resolve(m_after.id);
    if (m_before) {
        w.id = current;
        auto saved = m_service.save(w);
        return saved ? Status() : Status(saved.error());
    }
    w.id = 0; // registered again after an undo removed it
    auto saved = m_service.save(w);
    if (!saved)
        return saved.error();
    alias(current, *saved);
    return {};
}

Status SaveWritingCommand::revert()
{
    if (!m_before)
        return m_service.remove(resolve(m_after.id));
    Writing w = *m_before;
    w.id = resolve(m_before->id);
    auto saved = m_service.save(w);
    return saved ? Status() : Status(saved.error());
}

RemoveWritingCommand::RemoveWritingCommand(WritingService& service,
                                           std::shared_ptr<Context> context, const Writing& writing)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::WritingCommand", "Delete “%1”").arg(writing.title)),
      m_service(service), m_writing(writing)
{
}

Status RemoveWritingCommand::apply()
{
    return m_service.remove(resolve(m_writing.id));
}

Status RemoveWritingCommand::revert()
{
    const qint64 current = resolve(m_writing.id);
    Writing w = m_writing;
    w.id = current; // restore() checks that this account removed it
    auto restored = m_service.restore(w);
    if (!restored)
        return restored.error();
    alias(current, *restored);
    return {};
}

} // namespace sl
