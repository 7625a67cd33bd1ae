#include "NameInitialsFunction.h"

#include "SqliteHandle.h"

#include "domain/PinyinInitials.h"

#include <sqlite3.h>

namespace sl {

namespace {

void nameInitials(sqlite3_context* context, int count, sqlite3_value** values)
{
    if (count != 1 || sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    const QString initials = PinyinInitials::of(QString::fromUtf16(text, qsizetype(bytes / 2)));
    const QByteArray utf8 = initials.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerNameInitialsFunction(QSqlDatabase& db)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return false;
    return sqlite3_create_function_v2(connection, "name_initials", 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, nameInitials, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace sl
