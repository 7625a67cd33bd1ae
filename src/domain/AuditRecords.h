#pragma once

#include "DateBridge.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sl {

// One row of the audit trail (审计日志): who changed what, when. Rows are only ever added.
struct AuditEntry
{
    qint64 id = 0;
    QString at;           // ISO 8601 UTC, as stored
    qint64 accountId = 0; // 0: single-user mode (no account)
    QString accountName;  // empty when there is no account (or it is gone)
    QString action;       // create, update, delete, import, … (English code)
    QString entity;       // member, session, attendance, … (English code)
    qint64 entityId = 0;  // 0: none (an import names many)
    QString detail;       // readable summary: what was created or removed, before → after
};

// What a list of the trail shows. Without a field set, that field does not filter.
struct AuditQuery
{
    // Whose changes: nullopt everyone, 0 single-user mode (no account), else the account.
    std::optional<qint64> accountId;
    QString entity; // empty: every entity
    Date from;      // local calendar days, both included; not set: open
    Date to;
    // Typed in the filter: rows whose person or detail contains it; letters and digits also
    // match the pinyin initials of the names in them ("zw" finds 张伟). Empty: no filter.
    QString text;
    // The order of the list: newest first by default; a header click sorts by its column
    // (names and details in Chinese order).
    enum class SortKey
    {
        Time,
        Person,
        Action,
        Entity,
        Key,
        Detail
    };
    SortKey sortKey = SortKey::Time;
    bool ascending = false;
    // Whether the order is the default (newest first), which pages by id.
    bool newestFirst() const { return sortKey == SortKey::Time && !ascending; }
};

namespace audit {

// The Chinese names of the entity and action codes (the code itself when unknown).
QString entityLabel(const QString& entity);
QString actionLabel(const QString& action);

// Builds the detail of an update: "时长 90 → 120 分钟；状态 出席 → 请假" — only the fields that
// changed, each with its value before and after.
class Diff
{
public:
    // Adds "LABEL BEFORE → AFTER[ UNIT]" when the values differ; an empty value shows as "（空）".
    Diff& field(const QString& label, const QString& before, const QString& after,
                const QString& unit = {});
    Diff& field(const QString& label, qint64 before, qint64 after, const QString& unit = {});
    Diff& field(const QString& label, const Date& before, const Date& after);
    bool isEmpty() const { return m_parts.isEmpty(); }
    // "SUBJECT：changes", or "SUBJECT：未改动" when nothing changed.
    QString text(const QString& subject) const;

private:
    QStringList m_parts;
};

// "新建 SUBJECT" and "删除 SUBJECT" style texts.
QString created(const QString& subject);
QString removed(const QString& subject);

} // namespace audit

} // namespace sl
