#include "RecordYearRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace sl {

namespace {

QString firstDay(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

QString lastDay(int year)
{
    return QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'));
}

} // namespace

Result<bool> RecordYearRepository::hasRecords(int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions WHERE date BETWEEN ? AND ?) "
                             "OR EXISTS (SELECT 1 FROM self_study WHERE date BETWEEN ? AND ?)"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(firstDay(year));
        q.addBindValue(lastDay(year));
    }
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() && q.value(0).toBool();
}

Result<std::optional<int>> RecordYearRepository::latestYear(int notAfter)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT max(date) FROM sessions WHERE date <= ?), "
                             "(SELECT max(date) FROM self_study WHERE date <= ?)"));
    q.addBindValue(lastDay(notAfter));
    q.addBindValue(lastDay(notAfter));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::optional<int> latest;
    if (q.next()) {
        for (int column : {0, 1}) {
            const QString date = q.value(column).toString();
            if (date.size() >= 4)
                latest = std::max(latest.value_or(0), date.left(4).toInt());
        }
    }
    return latest;
}

} // namespace sl
