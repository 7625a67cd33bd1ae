#pragma once

namespace sl {

// The enumerators are named for what they hold; `Date` is also the domain's date type (a
// scoped enumerator never clashes with it, but GCC's -Wshadow says so when both are in sight).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"

// What a column holds, so that a spreadsheet gets real cells: a date cell for a date, a number
// for a number. CSV writes every cell as text whatever its kind.
enum class CellKind
{
    Text,
    Integer, // whole numbers: minutes, counts, characters
    Number,  // decimals: scores, hours
    Date,    // yyyy-MM-dd (FieldParsers::formatDate)
    Time,    // HH:mm
};

#pragma GCC diagnostic pop

} // namespace sl
