#pragma once

#include <QSqlDatabase>

namespace sl {

// Registers the SQL function name_initials(text) on an SQLite connection: the pinyin initials
// of a name (domain/PinyinInitials: 张伟 → 'zw'). Migration 7 fills members.name_initials with it;
// the repositories write the column themselves on every insert and rename. Also
// word_initials(text): the initials of each word after a space ("新建 张伟01 张伟" → " xj zw01
// zw"), for the audit filter (a word that starts with the initials typed).
bool registerNameInitialsFunction(QSqlDatabase& db);

} // namespace sl
