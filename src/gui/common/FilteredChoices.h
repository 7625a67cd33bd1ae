#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <vector>

class QComboBox;
class QLineEdit;
class QTimer;

namespace sl {

// The items of a combo box chosen among many (the organisations and study groups of a
// district): the combo's model holds at most ui::pageRows of them — the leading fixed items,
// the current choice and the first that match the text typed in a filter line — never all.
class FilteredChoices : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant data;
        QVariant kind;  // Qt::UserRole + 1; invalid: none
        QString search; // matched against the filter (name and number)
        bool separatorBefore = false;
    };

    // `filter` may be null (then the first ui::pageRows are shown).
    FilteredChoices(QComboBox* combo, QLineEdit* filter, QObject* parent = nullptr);

    // Replaces the choices, keeping the current one when it is still among them (else the first
    // shown); no currentIndexChanged is emitted for the refill itself.
    void setChoices(std::vector<Choice> choices);
    const std::vector<Choice>& choices() const { return m_choices; }
    // More choices than a page: the filter line is needed (its owner shows it).
    bool needsFilter() const;
    // Makes the choice with this data (and kind, when valid) current, showing it when the
    // filter hides it; false when there is none.
    bool select(const QVariant& data, const QVariant& kind = {});
    // Fills the combo with the choices that match the filter's text now (normally after a
    // short pause in typing).
    void refill();

private:
    int indexOf(const QVariant& data, const QVariant& kind) const;

    QComboBox* m_combo;
    QLineEdit* m_filter;
    QTimer* m_timer;
    std::vector<Choice> m_choices;
};

} // namespace sl
