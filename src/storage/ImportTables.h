#pragma once

#include <QString>
#include <QStringList>

namespace sl {

// The tables an import of `kind` (orgs, members, … writings) writes: the ones checked row for
// row against their indexes before the import may write (Database::verifyBeforeWrite).
inline QStringList tablesWrittenByImport(const QString& kind)
{
    if (kind == QLatin1String("orgs"))
        return {QStringLiteral("organisations")};
    if (kind == QLatin1String("members"))
        return {QStringLiteral("members")};
    if (kind == QLatin1String("groups"))
        return {QStringLiteral("study_groups")};
    if (kind == QLatin1String("group-members"))
        return {QStringLiteral("group_memberships")};
    if (kind == QLatin1String("plans"))
        return {QStringLiteral("study_plans"), QStringLiteral("plan_items")};
    if (kind == QLatin1String("sessions"))
        return {QStringLiteral("sessions")};
    if (kind == QLatin1String("attendance"))
        return {QStringLiteral("attendance")};
    if (kind == QLatin1String("speeches"))
        return {QStringLiteral("speeches")};
    if (kind == QLatin1String("selfstudy"))
        return {QStringLiteral("self_study")};
    if (kind == QLatin1String("writings"))
        return {QStringLiteral("writings")};
    return {};
}

} // namespace sl
