#pragma once

#include "exchange/CsvReader.h"
#include "exchange/FieldParsers.h"
#include "exchange/HeaderMap.h"

#include "domain/RosterRules.h"
#include "services/ImportTypes.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace sl {

// Reads the cells of one import row into domain values, collecting every cell that does not
// parse as a RowError (column key, line, message) instead of stopping at the first.
class RowParser
{
public:
    RowParser(const HeaderMap& header, const CsvTable::Row& row, std::vector<RowError>& errors)
        : m_header(header), m_row(row), m_errors(errors)
    {
    }

    int line() const { return m_row.line; }

    // The trimmed cell; an empty required cell is an error.
    QString text(const QString& key, bool required = false)
    {
        const QString v = m_header.value(m_row, key);
        if (required && v.isEmpty())
            fail(key, QCoreApplication::translate("sl::RowParser", "is required"));
        return v;
    }

    // A number or a reference to one (编号, 党员编号, 学习组 …): trimmed, and refused when it
    // holds invisible format or control characters (rules::checkKeyCharacters).
    QString key(const QString& key, bool required = false)
    {
        const QString v = text(key, required);
        if (auto e = rules::checkKeyCharacters(v, key))
            fail(key, e->message);
        return v;
    }

    // The cell exactly as written (for free text such as notes).
    QString raw(const QString& key) const { return m_header.rawValue(m_row, key); }

    Date date(const QString& key, bool required = false)
    {
        const QString v = text(key, required);
        if (v.isEmpty())
            return {};
        return take(key, FieldParsers::parseDate(v), Date());
    }

    template <typename E> std::optional<E> optionalEnum(const QString& key)
    {
        return take(key, FieldParsers::parseOptionalEnumCell<E>(text(key)), std::optional<E>());
    }

    template <typename E> E requiredEnum(const QString& key, E fallback)
    {
        const QString v = text(key, true);
        if (v.isEmpty())
            return fallback;
        return take(key, FieldParsers::parseEnumCell<E>(v), fallback);
    }

    void fail(const QString& key, const QString& message)
    {
        m_errors.push_back({m_row.line, key, message});
    }

private:
    template <typename T> T take(const QString& key, Result<T> parsed, T fallback)
    {
        if (!parsed) {
            fail(key, parsed.error().message);
            return fallback;
        }
        return std::move(parsed).value();
    }

    const HeaderMap& m_header;
    const CsvTable::Row& m_row;
    std::vector<RowError>& m_errors;
};

} // namespace sl
