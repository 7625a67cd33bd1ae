#pragma once

#include "domain/EnumTraits.h"

#include <QByteArray>
#include <QByteArrayView>

namespace sl {

// The stored text of a cell (TextRow) as the export files write it, in UTF-8, the same bytes the
// domain values would give: a code becomes its Chinese label, a date its ISO text. Whole-table
// exports use these instead of building a record per row.
namespace storedtext {

// The Chinese label of a stored enumeration code; empty for NULL or an unknown code.
template <typename E> QByteArrayView zhOfCode(QByteArrayView code)
{
    for (const auto& e : EnumTraits<E>::entries) {
        if (code == QByteArrayView(e.code))
            return QByteArrayView(e.zh);
    }
    return {};
}

// The same, with `fallback`'s label for NULL or an unknown code (a column the domain reads with
// a default, such as the cadre level).
template <typename E> QByteArrayView zhOfCode(QByteArrayView code, E fallback)
{
    const QByteArrayView zh = zhOfCode<E>(code);
    if (!zh.isEmpty())
        return zh;
    const auto* entry = enumEntry(fallback);
    return entry ? QByteArrayView(entry->zh) : QByteArrayView();
}

// A stored date as FieldParsers::formatDate writes it (YYYY-MM-DD; empty when it is no date).
// Usually the stored bytes themselves; anything else goes through the domain's date, into
// `scratch`.
QByteArrayView isoDate(QByteArrayView stored, QByteArray& scratch);

// A stored integer as QString::number writes it; usually the stored bytes themselves.
QByteArrayView integer(QByteArrayView stored, QByteArray& scratch);

} // namespace storedtext

} // namespace sl
