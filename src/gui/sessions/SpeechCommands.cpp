#include "gui/sessions/SpeechCommands.h"

#include "services/SpeechService.h"

#include <QCoreApplication>

namespace sl {

SaveSpeechCommand* saveSpeechCommand(SpeechService& service,
                                     std::shared_ptr<LedgerCommand::Context> context,
                                     std::optional<Speech> before, const Speech& after)
{
    const QString title = after.title.trimmed();
    const QString text =
        before ? QCoreApplication::translate("sl::SpeechCommand", "Edit speech “%1”").arg(title)
               : QCoreApplication::translate("sl::SpeechCommand", "Add speech “%1”").arg(title);
    return new SaveSpeechCommand(RecordKeeper<Speech>::of(service), std::move(context),
                                 std::move(before), after, text);
}

RemoveSpeechCommand* removeSpeechCommand(SpeechService& service,
                                         std::shared_ptr<LedgerCommand::Context> context,
                                         const Speech& speech)
{
    return new RemoveSpeechCommand(
        RecordKeeper<Speech>::of(service), std::move(context), speech,
        QCoreApplication::translate("sl::SpeechCommand", "Remove speech “%1”").arg(speech.title));
}

} // namespace sl
