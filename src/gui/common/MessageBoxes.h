#pragma once

#include <QCoreApplication>
#include <QMessageBox>

#include <optional>
#include <utility>
#include <vector>

namespace sl {

// Every message box of the GUI goes through here, so that tests can answer in advance
// (setNextAnswer) and no modal dialog ever blocks a test. A question without a default button
// defaults to Cancel or No, never to the answer that acts (Enter never removes or drops).
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(sl::MessageBoxes)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    // Before unsaved changes would be lost: 保存 / 不保存 / 取消 (Save, Discard, Cancel), Save the
    // default and Esc cancelling, so that Enter never throws an edit away.
    static Button askToSave(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok);
    // A warning whose answers are standard buttons with texts of their own ("转出…", "停用…"),
    // with Cancel (the default) added.
    using Answers = std::vector<std::pair<Button, QString>>;
    static Button choose(QWidget* parent, const QString& title, const QString& text,
                         const Answers& answers);
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
                       const QString& text, Buttons buttons, Button defaultButton,
                       const Answers& texts = {});
};

} // namespace sl
