#pragma once

#include <QString>

namespace bench {

// The statement the sqlite3 shell runs (`sqlite3 -csv -header DB SQL`) to write the same CSV as
// `studyledger-cli export KIND` of a whole ledger: the same columns, headers, labels and order.
// KIND is members or selfstudy; empty for any other.
QString exportAnchorSql(const QString& kind);

// Whether two CSV files hold the same rows: the byte order mark and the line ends (CR LF or
// LF) aside.
bool sameCsv(const QString& a, const QString& b);

} // namespace bench
