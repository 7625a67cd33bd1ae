#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sl {

// One value of a domain enumeration: the code stored in the database, the Chinese label
// used in import files and the Chinese interface, and the English label.
template <typename E> struct EnumEntry
{
    E value;
    const char* code;
    const char* zh;
    const char* en;
};

// Specialised for each domain enum in Enums.h with a static `entries` array.
template <typename E> struct EnumTraits;

template <typename E> const EnumEntry<E>* enumEntry(E value)
{
    for (const auto& e : EnumTraits<E>::entries) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

template <typename E> QString enumCode(E value)
{
    const auto* e = enumEntry(value);
    return e ? QString::fromUtf8(e->code) : QString();
}

template <typename E> QString enumZh(E value)
{
    const auto* e = enumEntry(value);
    return e ? QString::fromUtf8(e->zh) : QString();
}

template <typename E> QString enumEn(E value)
{
    const auto* e = enumEntry(value);
    return e ? QString::fromUtf8(e->en) : QString();
}

// The label in the interface language: Chinese unless `english`.
template <typename E> QString enumLabel(E value, bool english)
{
    return english ? enumEn(value) : enumZh(value);
}

// Accepts the database code, the Chinese label or the English label (case-insensitive).
template <typename E> std::optional<E> parseEnum(const QString& text)
{
    const QString t = text.trimmed();
    for (const auto& e : EnumTraits<E>::entries) {
        if (t == QString::fromUtf8(e.zh) ||
            t.compare(QString::fromUtf8(e.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QString::fromUtf8(e.en), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return std::nullopt;
}

// Only the database code.
template <typename E> std::optional<E> enumFromCode(const QString& code)
{
    for (const auto& e : EnumTraits<E>::entries) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

// The database code as stored (UTF-8 bytes), without a QString.
template <typename E> std::optional<E> enumFromCode(QByteArrayView code)
{
    for (const auto& e : EnumTraits<E>::entries) {
        if (code == QByteArrayView(e.code))
            return e.value;
    }
    return std::nullopt;
}

template <typename E> QStringList enumZhLabels()
{
    QStringList out;
    for (const auto& e : EnumTraits<E>::entries)
        out << QString::fromUtf8(e.zh);
    return out;
}

template <typename E> QStringList enumCodes()
{
    QStringList out;
    for (const auto& e : EnumTraits<E>::entries)
        out << QString::fromUtf8(e.code);
    return out;
}

} // namespace sl
