#include "ChineseCollation.h"

#include <QCollator>
#include <QLocale>
#include <QSqlDriver>
#include <QVariant>

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
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection)
        return false;
    auto* collator = new QCollator(QLocale(QLocale::Chinese, QLocale::China));
    collator->setNumericMode(true);
    return sqlite3_create_collation_v2(connection, "zh", SQLITE_UTF16_ALIGNED, collator,
                                       compareUtf16, destroyCollator) == SQLITE_OK;
}

} // namespace sl
