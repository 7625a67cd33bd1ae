#include "gui/common/MessageBoxes.h"

#include <QPushButton>

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

MessageBoxes::Button MessageBoxes::askToSave(QWidget* parent, const QString& title,
                                             const QString& text)
{
    return show(QMessageBox::Question, parent, title, text,
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

MessageBoxes::Button MessageBoxes::warning(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBoxes::Button MessageBoxes::choose(QWidget* parent, const QString& title,
                                          const QString& text, const Answers& answers)
{
    Buttons buttons = QMessageBox::Cancel;
    for (const auto& [button, label] : answers)
        buttons |= button;
    return show(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::Cancel, answers);
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
                                        Button defaultButton, const Answers& texts)
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
    if (defaultButton == QMessageBox::NoButton && icon == QMessageBox::Question)
        defaultButton = (buttons & QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::No;
    if (defaultButton != QMessageBox::NoButton && (buttons & defaultButton))
        box.setDefaultButton(defaultButton);
    // The answers in words of their own (不保存 rather than Qt's 放弃 beside 保存).
    if (auto* save = box.button(QMessageBox::Save))
        save->setText(tr("&Save"));
    if (auto* discard = box.button(QMessageBox::Discard))
        discard->setText(buttons & QMessageBox::Save ? tr("Do&n't Save") : tr("&Discard"));
    if (auto* cancel = box.button(QMessageBox::Cancel))
        cancel->setText(tr("Cancel"));
    for (const auto& [button, label] : texts)
        if (auto* b = box.button(button))
            b->setText(label);
    return static_cast<Button>(box.exec());
}

} // namespace sl
