#include "ChineseCollation.h"

#include "SqliteHandle.h"

#include <QCollator>
#include <QLocale>

#include <sqlite3.h>

namespace sl {

namespace {

int compareUtf16(void* context, int lengthA, const void* a, int lengthB, const void* b)
{
    const auto* collator = static_cast<const QCollator*>(context);
    const QStringView left(static_cast<const QChar*>(a), lengthA / 2);
    const QStringView right(static_cast<const QChar*>(b), lengthB / 2);
    return collator->compare(left, right);
}

void destroyCollator(void* context)
{
    delete static_cast<QCollator*>(context);
}

} // namespace

bool registerChineseCollation(QSqlDatabase& db)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return false;
    auto* collator = new QCollator(QLocale(QLocale::Chinese, QLocale::China));
    collator->setNumericMode(true);
    return sqlite3_create_collation_v2(connection, "zh", SQLITE_UTF16_ALIGNED, collator,
                                       compareUtf16, destroyCollator) == SQLITE_OK;
}

} // namespace sl
