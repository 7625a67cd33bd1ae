#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

#include <functional>

struct sqlite3_stmt;

namespace sl {

class Database;
class TextBlocks;

// One row of a result read through SQLite's own API, valid only while it is being visited: the
// figures of a district (100,000 members, a dozen numbers each) are read without a QVariant per
// value. Internal to src/storage.
class NativeRow
{
public:
    explicit NativeRow(sqlite3_stmt* statement) : m_statement(statement) {}

    int columns() const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The cell's UTF-8 text (a NULL is empty).
    QByteArrayView bytes(int column) const;
    // The cell's text; a NULL is a null QString, as Qt's driver gives it.
    QString text(int column) const;
    // The same, decoded into `blocks` (for the many short texts of a large read).
    QString text(int column, TextBlocks& blocks) const;

private:
    sqlite3_stmt* m_statement;
};

// Runs a SELECT on the database's connection (its collations and functions included) with
// `values` bound in order (integers, doubles, text, NULL) and hands each row to `visit`. A visit
// that fails stops the scan and is returned; so does SQLite's error, in its own words.
Status scanNativeRows(Database& db, const QString& sql, const QVariantList& values,
                      const std::function<Status(const NativeRow&)>& visit);

} // namespace sl
