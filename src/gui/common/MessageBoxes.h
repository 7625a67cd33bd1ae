#pragma once

#include <QMessageBox>

#include <optional>

namespace sl {

// Every message box of the GUI goes through here, so that tests can answer in advance
// (setNextAnswer) and no modal dialog ever blocks a test.
class MessageBoxes
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok);

    // The next message box is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    // While set, every message box returns `answer` without being shown (tests).
    static void setAutoAnswer(std::optional<Button> answer);
    // The text of the last message box asked for, shown or not (tests).
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace sl
