#pragma once

#include <QtGlobal>

namespace sl {

// A scope S of METRICS.md: one study group, or one organisation with all its descendants.
enum class ScopeKind
{
    Group,
    Organisation
};

struct ScopeRef
{
    ScopeKind kind = ScopeKind::Group;
    qint64 id = 0;

    static ScopeRef group(qint64 groupId) { return {ScopeKind::Group, groupId}; }
    static ScopeRef organisation(qint64 orgId) { return {ScopeKind::Organisation, orgId}; }
    bool isGroup() const { return kind == ScopeKind::Group; }
    bool isValid() const { return id > 0; }

    bool operator==(const ScopeRef&) const = default;
};

} // namespace sl
