#include "gui/common/MessageBoxes.h"

namespace sl {

namespace {

std::optional<MessageBoxes::Button> s_nextAnswer;
std::optional<MessageBoxes::Button> s_autoAnswer;
QString s_lastText;

} // namespace

MessageBoxes::Button MessageBoxes::question(QWidget* parent, const QString& title,
                                            const QString& text, Buttons buttons,
                                            Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::warning(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBoxes::Button MessageBoxes::critical(QWidget* parent, const QString& title,
                                            const QString& text, Buttons buttons)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBoxes::Button MessageBoxes::information(QWidget* parent, const QString& title,
                                               const QString& text, Buttons buttons)
{
    return show(QMessageBox::Information, parent, title, text, buttons, QMessageBox::NoButton);
}

void MessageBoxes::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBoxes::setAutoAnswer(std::optional<Button> answer)
{
    s_autoAnswer = answer;
}

QString MessageBoxes::lastText()
{
    return s_lastText;
}

MessageBoxes::Button MessageBoxes::show(QMessageBox::Icon icon, QWidget* parent,
                                        const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    if (s_autoAnswer)
        return *s_autoAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    // The texts name records (“Remove the speech “%1”?”): shown as they are, never as markup.
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

} // namespace sl
