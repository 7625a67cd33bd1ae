#pragma once

#include <QSqlDatabase>

namespace sl {

// Registers the collation `zh` on an SQLite connection: Chinese (pinyin) order by QCollator,
// so that `ORDER BY name COLLATE zh` sorts 陈 李 王 张 赵. PostgreSQL would use an ICU collation.
bool registerChineseCollation(QSqlDatabase& db);

} // namespace sl
