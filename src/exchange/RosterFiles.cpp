#include "RosterFiles.h"

#include "exchange/RowParser.h"
#include "exchange/StoredText.h"
#include "exchange/TableFileWriter.h"

#include "services/RosterImportService.h"
#include "services/RosterService.h"

#include <QHash>
#include <QSet>

namespace sl {

namespace {

template <typename E> QString zhOf(const std::optional<E>& v)
{
    return v ? enumZh(*v) : QString();
}

OrgRecord readOrgs(RowParser& p)
{
    OrgRecord r;
    r.org.extId = p.key(QStringLiteral("id"), true);
    r.org.name = p.text(QStringLiteral("name"), true);
    r.parentRef = p.key(QStringLiteral("parent_id"));
    r.org.kind = p.requiredEnum(QStringLiteral("kind"), OrgKind::Branch);
    r.org.unitType = p.optionalEnum<UnitType>(QStringLiteral("unit_type"));
    return r;
}

MemberRecord readMembers(RowParser& p)
{
    MemberRecord r;
    Member& m = r.member;
    m.extId = p.key(QStringLiteral("id"), true);
    m.name = p.text(QStringLiteral("name"), true);
    m.gender = p.optionalEnum<Gender>(QStringLiteral("gender"));
    m.birthDate = p.date(QStringLiteral("birth_date"));
    m.joinDate = p.date(QStringLiteral("join_date"));
    m.category = p.optionalEnum<MemberCategory>(QStringLiteral("category"));
    r.orgRef = p.key(QStringLiteral("org_id"), true);
    m.position = p.text(QStringLiteral("position"));
    m.cadreLevel =
        p.optionalEnum<CadreLevel>(QStringLiteral("cadre_level")).value_or(CadreLevel::NotCadre);
    m.phone = p.text(QStringLiteral("phone"));
    return r;
}

GroupRecord readGroups(RowParser& p)
{
    GroupRecord r;
    r.group.extId = p.key(QStringLiteral("id"), true);
    r.group.name = p.text(QStringLiteral("name"), true);
    r.group.kind = p.requiredEnum(QStringLiteral("kind"), GroupKind::Branch);
    r.orgRef = p.key(QStringLiteral("org_id"), true);
    return r;
}

MembershipRecord readMemberships(RowParser& p)
{
    MembershipRecord r;
    r.groupRef = p.key(QStringLiteral("group_id"), true);
    r.memberRef = p.key(QStringLiteral("member_id"), true);
    r.membership.role = p.requiredEnum(QStringLiteral("role"), GroupRole::Member);
    r.membership.from = p.date(QStringLiteral("from"));
    r.membership.to = p.date(QStringLiteral("to"));
    return r;
}

Error notRoster(ImportKind kind)
{
    return Error::invalid(QString(), QStringLiteral("%1 is not a roster file; ActivityFiles "
                                                    "imports and exports it")
                                         .arg(importKindName(kind)));
}

} // namespace

Result<FileImportResult> RosterFiles::importFile(Ledger& ledger, ImportKind kind,
                                                 const QString& path)
{
    if (isActivityKind(kind) || isSessionKind(kind))
        return notRoster(kind);
    // The cells that did not parse go to the service with the rows: it reports both and, with
    // any of them, changes nothing.
    RosterImportService service(ledger);
    return TableFile::importWith(
        path, columnsOf(kind), [&](TableStream& file) -> Result<ImportReport> {
            switch (kind) {
            case ImportKind::Orgs: {
                auto rows = fileRows<OrgRecord>(file, readOrgs);
                return service.importOrgs(rows);
            }
            case ImportKind::Members: {
                auto rows = fileRows<MemberRecord>(file, readMembers);
                return service.importMembers(rows);
            }
            case ImportKind::Groups: {
                auto rows = fileRows<GroupRecord>(file, readGroups);
                return service.importGroups(rows);
            }
            default: {
                auto rows = fileRows<MembershipRecord>(file, readMemberships);
                return service.importMemberships(rows);
            }
            }
        });
}

namespace {

// The members, written as they are read (the district's 100,000 are never held at once), from
// their stored text: the labels and dates come out as the domain's values would write them.
Result<int> exportMembers(RosterService& roster, qint64 orgId, const QString& path)
{
    using namespace storedtext;
    const auto writer = TableFileWriter::create(path);
    if (Status s = writer->open(headerOf(ImportKind::Members), kindsOf(ImportKind::Members)); !s)
        return s.error();
    MemberQuery query;
    query.orgId = orgId;
    int count = 0;
    std::vector<QByteArrayView> cells(10);
    QByteArray birth;
    QByteArray joined;
    const Status scanned = roster.scanMemberText(query, [&](const TextRow& r) {
        ++count;
        cells = {r.at(0),
                 r.at(1),
                 zhOfCode<Gender>(r.at(2)),
                 isoDate(r.at(3), birth),
                 isoDate(r.at(4), joined),
                 zhOfCode<MemberCategory>(r.at(5)),
                 r.at(6),
                 r.at(7),
                 zhOfCode(r.at(8), CadreLevel::NotCadre),
                 r.at(9)};
        return writer->addUtf8(cells);
    });
    if (!scanned)
        return scanned.error();
    if (Status s = writer->commit(); !s)
        return s.error();
    return count;
}

} // namespace

Result<int> RosterFiles::exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                    const ExportScope& scope)
{
    RosterService roster(ledger);
    qint64 orgId = 0;
    if (!scope.orgRef.isEmpty()) {
        auto org = roster.resolveOrg(scope.orgRef);
        if (!org)
            return org.error();
        orgId = org->id;
    }
    if (kind == ImportKind::Members)
        return exportMembers(roster, orgId, path);
    auto orgs = roster.organisations();
    if (!orgs)
        return orgs.error();
    QHash<qint64, QString> orgExt;
    for (const Organisation& o : *orgs)
        orgExt.insert(o.id, o.extId);

    const QStringList header = headerOf(kind);
    std::vector<QStringList> rows;

    switch (kind) {
    case ImportKind::Orgs: {
        std::optional<QSet<qint64>> within;
        if (orgId) {
            auto ids = roster.subtree(orgId);
            if (!ids)
                return ids.error();
            within = QSet<qint64>(ids->begin(), ids->end());
        }
        for (const Organisation& o : *orgs) {
            if (within && !within->contains(o.id))
                continue;
            rows.push_back(
                {o.extId, o.name, orgExt.value(o.parentId), enumZh(o.kind), zhOf(o.unitType)});
        }
        break;
    }
    case ImportKind::Members: // before the organisations are read, above
        return exportMembers(roster, orgId, path);
    case ImportKind::Groups: {
        auto groups = roster.groups(orgId);
        if (!groups)
            return groups.error();
        for (const StudyGroup& g : *groups)
            rows.push_back({g.extId, g.name, enumZh(g.kind), orgExt.value(g.orgId)});
        break;
    }
    case ImportKind::GroupMembers: {
        qint64 groupId = 0;
        if (!scope.groupRef.isEmpty()) {
            auto group = roster.resolveGroup(scope.groupRef);
            if (!group)
                return group.error();
            groupId = group->id;
        }
        auto memberships = roster.memberships(groupId);
        if (!memberships)
            return memberships.error();
        QSet<QString> groupsInScope; // --org: the memberships of the subtree's groups only
        if (orgId && !groupId) {
            auto groups = roster.groups(orgId);
            if (!groups)
                return groups.error();
            for (const StudyGroup& g : *groups)
                groupsInScope.insert(g.extId);
        }
        for (const MembershipRow& r : *memberships) {
            if (orgId && !groupId && !groupsInScope.contains(r.groupExtId))
                continue;
            rows.push_back({r.groupExtId, r.memberExtId, enumZh(r.membership.role),
                            FieldParsers::formatDate(r.membership.from),
                            FieldParsers::formatDate(r.membership.to)});
        }
        break;
    }
    case ImportKind::SelfStudy:
    case ImportKind::Writings:
    case ImportKind::Plans:
    case ImportKind::Sessions:
    case ImportKind::Attendance:
    case ImportKind::Speeches:
        return notRoster(kind);
    }
    if (Status s = TableFileWriter::writeTable(path, header, rows, kindsOf(kind)); !s)
        return s.error();
    return static_cast<int>(rows.size());
}

} // namespace sl
