#pragma once

#include <QString>

namespace sl {

// Keeps spreadsheet programs from running a cell as a formula (CSV injection, OWASP):
// on export a cell that starts with = + - @ TAB or CR gets a ' in front, and so does a cell that
// starts with ' itself; on import a ' followed by one of those characters (or by ') is removed.
// The two are exact inverses, so export -> import -> export is byte-identical, and a text that
// really starts with ' survives (it is written as '').
class FormulaGuard
{
public:
    static QString neutralise(const QString& cell);
    static void restore(QString& cell);
    // Whether a cell starting with `c` gets the ' (neutralise() without the copy).
    static bool isTrigger(QChar c);
};

} // namespace sl
