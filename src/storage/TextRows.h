#pragma once

#include "domain/Result.h"
#include "domain/TextRow.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace sl {

class Database;

// Runs a SELECT through SQLite's own API on the database's connection (its collations and
// functions included) and hands each row to `visit` as UTF-8 text: the rows of an export go to
// the file without a QVariant or a QString per cell. `values` are bound in order (integers,
// text, NULL). A visit that fails stops the scan and is returned.
Status scanTextRows(Database& db, const QString& sql, const QVariantList& values,
                    const std::function<Status(const TextRow&)>& visit);

} // namespace sl
