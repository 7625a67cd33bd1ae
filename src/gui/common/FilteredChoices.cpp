#include "gui/common/FilteredChoices.h"

#include "gui/common/PageRows.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace sl {

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int filterDelayMs = 150;

bool same(const QVariant& a, const QVariant& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toLongLong() == b.toLongLong());
}

} // namespace

FilteredChoices::FilteredChoices(QComboBox* combo, QLineEdit* filter, QObject* parent)
    : QObject(parent), m_combo(combo), m_filter(filter), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(filterDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FilteredChoices::refill);
    if (m_filter)
        connect(m_filter, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
}

bool FilteredChoices::needsFilter() const
{
    return m_choices.size() > size_t(ui::pageRows);
}

int FilteredChoices::indexOf(const QVariant& data, const QVariant& kind) const
{
    for (int i = 0; i < int(m_choices.size()); ++i) {
        const Choice& c = m_choices[size_t(i)];
        if (c.data.toLongLong() == data.toLongLong() && (!kind.isValid() || same(c.kind, kind)))
            return i;
    }
    return -1;
}

void FilteredChoices::setChoices(std::vector<Choice> choices)
{
    m_choices = std::move(choices);
    refill();
}

bool FilteredChoices::select(const QVariant& data, const QVariant& kind)
{
    const int wanted = indexOf(data, kind);
    if (wanted < 0)
        return false;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toLongLong() == data.toLongLong() &&
            (!kind.isValid() || same(m_combo->itemData(i, kindRole), kind))) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    // Hidden by the filter: shown first, then chosen.
    {
        const QSignalBlocker block(m_combo);
        const Choice& c = m_choices[size_t(wanted)];
        m_combo->insertItem(0, c.text, c.data);
        m_combo->setItemData(0, c.kind, kindRole);
        m_combo->setCurrentIndex(-1);
    }
    m_combo->setCurrentIndex(0);
    return true;
}

void FilteredChoices::refill()
{
    m_timer->stop();
    const QVariant currentData = m_combo->currentIndex() >= 0 ? m_combo->currentData() : QVariant();
    const QVariant currentKind =
        m_combo->currentIndex() >= 0 ? m_combo->currentData(kindRole) : QVariant();
    const int current = currentData.isValid() ? indexOf(currentData, currentKind) : -1;
    const QString text = m_filter ? m_filter->text().trimmed() : QString();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    int shown = 0;
    bool currentShown = false;
    for (int i = 0; i < int(m_choices.size()) && shown < ui::pageRows; ++i) {
        const Choice& c = m_choices[size_t(i)];
        if (!text.isEmpty() && !c.search.contains(text, Qt::CaseInsensitive))
            continue;
        if (c.separatorBefore && m_combo->count() > 0)
            m_combo->insertSeparator(m_combo->count());
        m_combo->addItem(c.text, c.data);
        m_combo->setItemData(m_combo->count() - 1, c.kind, kindRole);
        currentShown = currentShown || i == current;
        ++shown;
    }
    if (current >= 0 && !currentShown) {
        const Choice& c = m_choices[size_t(current)];
        m_combo->insertItem(0, c.text, c.data);
        m_combo->setItemData(0, c.kind, kindRole);
    }
    int index = -1;
    for (int i = 0; current >= 0 && i < m_combo->count() && index < 0; ++i) {
        if (m_combo->itemData(i).toLongLong() == currentData.toLongLong() &&
            same(m_combo->itemData(i, kindRole), currentKind))
            index = i;
    }
    if (index < 0)
        index = m_combo->count() > 0 ? 0 : -1;
    m_combo->setCurrentIndex(index);
}

} // namespace sl
