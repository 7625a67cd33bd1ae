#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sl {

// What a cell's number format shows of a number: the number itself, a date, a time of day, or
// both.
enum class XlsxTimeKind
{
    None,
    DateOnly,
    TimeOnly,
    DateAndTime,
};

// The conversions of XLSX cell values to the text a CSV file of the same table would hold.
class XlsxCells
{
public:
    // "A" for 0, "Z" for 25, "AA" for 26 …
    static QString columnLetters(int column);
    // "B5" -> column 1, row 5 (1-based). False when `ref` is not a cell reference.
    static bool parseReference(QStringView ref, int* column, int* row);

    // The format a number format code shows: date tokens (d, y, or m without h or s) and time
    // tokens (h, s) outside quoted text, brackets and escaped characters.
    static XlsxTimeKind classifyFormat(const QString& code);
    // The built-in number formats (ids below 164) that show dates or times, the Chinese ones
    // (27–36, 50–58) included.
    static XlsxTimeKind builtinFormat(int id);

    // A number as the shortest decimal that reads back as the same double: 120, 0.5, 1234.56
    // (never an exponent).
    static QString numberText(double value);
    // A date serial as `yyyy-MM-dd`, a time as `HH:mm` (`HH:mm:ss` when it has seconds), both as
    // `yyyy-MM-dd HH:mm` unless the time is midnight. Serials count days from 1899-12-30 (with
    // Excel's 1900 leap-year bug: serial 60 is a 29 February 1900 that never was) or, in the
    // 1904 system, from 1904-01-01. nullopt with `error` set when there is no such date.
    static std::optional<QString> serialText(double serial, XlsxTimeKind kind, bool date1904,
                                             QString* error);
    // An ISO date/time of a `t="d"` cell shown as serialText shows it.
    static std::optional<QString> isoText(const QString& iso, XlsxTimeKind kind, QString* error);
    // A boolean cell as the Chinese yes/no that text columns hold: 是 / 否.
    static QString booleanText(QStringView value);
    // Decodes the `_xHHHH_` escapes of control characters in XLSX strings.
    static void decodeEscapes(QString& text);
};

} // namespace sl
