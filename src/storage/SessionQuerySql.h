#pragma once

#include "ScopeSql.h"
#include "SessionRepository.h"
#include "SqlValues.h"

#include <QStringList>
#include <QVariantList>

// The WHERE clause of a SessionQuery (internal to src/storage), shared by the session,
// attendance and speech repositories. The sessions table must be aliased `s`, the study groups
// `g`.
namespace sl::sqlv {

struct SessionWhere
{
    QString sql;
    QVariantList values;
};

inline SessionWhere sessionWhere(const SessionQuery& query)
{
    SessionWhere w;
    QStringList parts;
    if (!query.groupIds.empty()) {
        QStringList marks;
        for (qint64 id : query.groupIds) {
            marks << QStringLiteral("?");
            w.values << id;
        }
        parts << QStringLiteral("s.group_id IN (") + marks.join(QLatin1Char(',')) +
                     QLatin1Char(')');
    }
    if (query.rootOrgId > 0) {
        parts << QStringLiteral("g.org_id") + sqlv::inOrgSubtree();
        w.values << query.rootOrgId;
    }
    if (dates::isSet(query.from)) {
        parts << QStringLiteral("s.date >= ?");
        w.values << sqlv::date(query.from);
    }
    if (dates::isSet(query.to)) {
        parts << QStringLiteral("s.date <= ?");
        w.values << sqlv::date(query.to);
    }
    if (query.form) {
        parts << QStringLiteral("s.form = ?");
        w.values << sqlv::code(*query.form);
    }
    if (query.status) {
        parts << QStringLiteral("s.status = ?");
        w.values << sqlv::code(*query.status);
    }
    if (query.trigger) {
        parts << QStringLiteral("s.trigger = ?");
        w.values << sqlv::code(*query.trigger);
    }
    if (query.withTriggerOnly)
        parts << QStringLiteral("s.trigger IS NOT NULL");
    if (query.planItemId > 0) {
        parts << QStringLiteral("s.plan_item_id = ?");
        w.values << query.planItemId;
    }
    if (query.expertId > 0) {
        parts << QStringLiteral("s.speaker_expert_id = ?");
        w.values << query.expertId;
    }
    if (query.memberId > 0) {
        parts << QStringLiteral(
            "s.group_id IN (SELECT gm.group_id FROM group_memberships gm WHERE gm.member_id = ? "
            "AND (gm.date_from IS NULL OR gm.date_from <= s.date) "
            "AND (gm.date_to IS NULL OR gm.date_to >= s.date))");
        w.values << query.memberId;
    }
    if (query.withoutAttendanceOnly)
        parts << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM attendance na WHERE na.session_id = s.id)");
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace sl::sqlv
