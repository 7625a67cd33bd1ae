#include "NameInitialsFunction.h"

#include "SqliteHandle.h"

#include "domain/PinyinInitials.h"

#include <sqlite3.h>

#include <optional>

namespace sl {

namespace {

// The SQL function's argument as text, or nullopt (the result set to '') when it is NULL.
std::optional<QString> argument(sqlite3_context* context, int count, sqlite3_value** values)
{
    if (count != 1 || sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return std::nullopt;
    }
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    return QString::fromUtf16(text, qsizetype(bytes / 2));
}

void result(sqlite3_context* context, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void nameInitials(sqlite3_context* context, int count, sqlite3_value** values)
{
    if (const auto text = argument(context, count, values))
        result(context, PinyinInitials::of(*text));
}

// The initials of each word (split at white space), each after a space: "新建 张伟01 张伟" →
// " xj zw01 zw", so that LIKE '% zw%' finds a word that starts with them.
void wordInitials(sqlite3_context* context, int count, sqlite3_value** values)
{
    const auto text = argument(context, count, values);
    if (!text)
        return;
    QString out;
    QString word;
    for (const QChar c : *text + QLatin1Char(' ')) {
        if (!c.isSpace()) {
            word += c;
        } else if (!word.isEmpty()) {
            out += QLatin1Char(' ') + PinyinInitials::of(word);
            word.clear();
        }
    }
    result(context, out);
}

bool add(sqlite3* connection, const char* name,
         void (*function)(sqlite3_context*, int, sqlite3_value**))
{
    return sqlite3_create_function_v2(connection, name, 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, function, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

bool registerNameInitialsFunction(QSqlDatabase& db)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return false;
    return add(connection, "name_initials", nameInitials) &&
           add(connection, "word_initials", wordInitials);
}

} // namespace sl
