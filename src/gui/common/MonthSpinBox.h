#pragma once

#include <QSpinBox>

namespace sl {

// A month, 1 to 12. A plain QSpinBox drops a keystroke that would leave its range, so a typed
// 13 silently became 1; this one lets the number be typed, refuses it with a message
// (problem(), problemChanged) and keeps the month it had. The message stays until the next edit.
class MonthSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit MonthSpinBox(QWidget* parent = nullptr);

    // "there is no month 13 (1 to 12)"; empty when the text is a month.
    QString problem() const { return m_problem; }

    QValidator::State validate(QString& input, int& pos) const override;

signals:
    void problemChanged(const QString& problem);

private:
    void checkTyped(const QString& text);

    QString m_problem;
};

} // namespace sl
