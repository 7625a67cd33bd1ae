#pragma once

#include <QComboBox>

#include <optional>

namespace sl {

// A duration in minutes: the presets of UX.md (30, 45, 60, 90, 120, 半天 240) or any number
// typed ("75", "75 分钟"). No inline completion, so that typing 12 means 12, not 120.
class MinutesCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit MinutesCombo(QWidget* parent = nullptr);

    // The minutes typed or chosen; nullopt when the text holds no number.
    std::optional<int> minutes() const;
    void setMinutes(int minutes);

    // "90", "90 分钟", "90分钟", "半天", "半天（240 分钟）", "1.5 小时" …; nullopt for anything
    // else.
    static std::optional<int> parse(const QString& text);
    // The text shown for a number of minutes: "90 分钟", "半天（240 分钟）".
    static QString text(int minutes);

signals:
    // The text changed (typing or choosing).
    void edited();
};

} // namespace sl
