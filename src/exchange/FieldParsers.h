#pragma once

#include "domain/DateBridge.h"
#include "domain/EnumTraits.h"
#include "domain/Result.h"

#include <QString>
#include <QTime>

#include <optional>

namespace sl {

// Parsers for one import cell. Each returns the value or an Error with an English message
// and an empty field: the caller fills in the column and prints `FILE:LINE: COLUMN: message`.
// Leading and trailing white space is ignored. Empty cells: see each parser; whether a
// column is required is the caller's decision.
class FieldParsers
{
public:
    // Exactly `2026-03-05`, `2026/3/5`, `2026.3.5` or `2026年3月5日` (one- or two-digit month
    // and day; four-digit year from 1900 to 2999). Empty -> Date() (no date).
    // Errors: "expected a date like 2026-03-05, not "…"" and "no such date: 2026-02-30".
    static Result<Date> parseDate(const QString& text);

    // `14:30`, `9:05` (also with a full-width colon `14：30`, or `14:30:00`).
    // Empty -> QTime() (no time). Error: "expected a time like 14:30, not "…"".
    static Result<QTime> parseTime(const QString& text);

    // A whole number from `min` to `max`. `unit` names what is counted: with unit "minutes"
    // the error is "must be a whole number of minutes from 1 to 1440, not "…"".
    // Empty is an error (use parseOptionalInt for optional columns).
    static Result<int> parseInt(const QString& text, int min, int max,
                                const QString& unit = QString());
    // As parseInt, but empty -> std::nullopt.
    static Result<std::optional<int>> parseOptionalInt(const QString& text, int min, int max,
                                                       const QString& unit = QString());

    // A value of a domain enum by its Chinese label, English label or code (parseEnum).
    // Error: "must be one of 男, 女, not "…"". Empty is an error.
    template <typename E> static Result<E> parseEnumCell(const QString& text);
    // As parseEnumCell, but empty -> std::nullopt.
    template <typename E>
    static Result<std::optional<E>> parseOptionalEnumCell(const QString& text);

    // The ISO form for export: "2026-03-05", or "" for no date.
    static QString formatDate(const Date& date);
    // "14:30", or "" for no time.
    static QString formatTime(const QTime& time);

private:
    static Error enumError(const QString& text, const QStringList& allowed);
};

template <typename E> Result<E> FieldParsers::parseEnumCell(const QString& text)
{
    if (const std::optional<E> value = parseEnum<E>(text))
        return *value;
    return enumError(text, enumZhLabels<E>());
}

template <typename E>
Result<std::optional<E>> FieldParsers::parseOptionalEnumCell(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::optional<E>();
    Result<E> value = parseEnumCell<E>(text);
    if (!value)
        return value.error();
    return std::optional<E>(value.value());
}

} // namespace sl
