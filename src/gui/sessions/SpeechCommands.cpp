#include "gui/sessions/SpeechCommands.h"

#include "services/SpeechService.h"

#include <QCoreApplication>

namespace sl {

SaveSpeechCommand::SaveSpeechCommand(SpeechService& service, std::shared_ptr<Context> context,
                                     std::optional<Speech> before, const Speech& after)
    : LedgerCommand(std::move(context),
                    before ? QCoreApplication::translate("sl::SpeechCommand", "Edit speech “%1”")
                                 .arg(after.title.trimmed())
                           : QCoreApplication::translate("sl::SpeechCommand", "Add speech “%1”")
                                 .arg(after.title.trimmed())),
      m_service(service), m_before(std::move(before)), m_after(after)
{
}

Status SaveSpeechCommand::apply()
{
    Speech s = m_after;
    s.id = m_before ? resolve(m_before->id) : 0;
    auto saved = m_service.save(s);
    if (!saved)
        return saved.error();
    if (!m_before) {
        if (m_firstId == 0)
            m_firstId = *saved;
        else
            alias(resolve(m_firstId), *saved);
    }
    return {};
}

Status SaveSpeechCommand::revert()
{
    if (!m_before)
        return m_service.remove(resolve(m_firstId));
    Speech s = *m_before;
    s.id = resolve(m_before->id);
    auto saved = m_service.save(s);
    return saved ? Status() : Status(saved.error());
}

RemoveSpeechCommand::RemoveSpeechCommand(SpeechService& service, std::shared_ptr<Context> context,
                                         const Speech& speech)
    : LedgerCommand(
          std::move(context),
          QCoreApplication::translate("sl::SpeechCommand", "Remove speech “%1”").arg(speech.title)),
      m_service(service), m_speech(speech)
{
}

Status RemoveSpeechCommand::apply()
{
    return m_service.remove(resolve(m_speech.id));
}

Status RemoveSpeechCommand::revert()
{
    Speech s = m_speech;
    s.id = 0;
    auto saved = m_service.save(s);
    if (!saved)
        return saved.error();
    alias(resolve(m_speech.id), *saved);
    return {};
}

} // namespace sl
