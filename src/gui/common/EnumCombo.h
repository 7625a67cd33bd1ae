#pragma once

#include "gui/common/UiLanguage.h"

#include <QComboBox>

#include <optional>

// Combo boxes over the labels of a domain enum (EnumTraits), in the interface language; the
// item data is the enum's code.
namespace sl::enumcombo {

// Fills `combo`; `emptyLabel`, when given, adds a first item that stands for "none".
template <typename E> void fill(QComboBox* combo, const std::optional<QString>& emptyLabel = {})
{
    if (emptyLabel)
        combo->addItem(*emptyLabel, QString());
    for (const auto& e : EnumTraits<E>::entries)
        combo->addItem(ui::label(e.value), QString::fromUtf8(e.code));
}

template <typename E> void select(QComboBox* combo, const std::optional<E>& value)
{
    const int i = combo->findData(value ? enumCode(*value) : QString());
    combo->setCurrentIndex(std::max(i, 0));
}

template <typename E> std::optional<E> value(const QComboBox* combo)
{
    return enumFromCode<E>(combo->currentData().toString());
}

} // namespace sl::enumcombo
