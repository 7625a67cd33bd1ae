#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace sl {

// An organisation or member a data package refers to: its number (编号) and name.
struct PackageRef
{
    QString extId;
    QString name;

    bool operator==(const PackageRef&) const = default;
};

// One assessment adjustment as a data package carries it: the scope (a study group's or an
// organisation's) and the member by number, so that it means the same in another ledger.
struct PackageAdjustment
{
    bool orgScope = false; // an organisation scope's; else a study group's
    QString scopeExtId;
    int year = 0;
    QString memberExtId;
    double delta = 0;
    QString reason;
    QDateTime madeAt; // UTC, as the source ledger recorded it

    bool operator==(const PackageAdjustment&) const = default;
};

// The organisation whose subtree a package holds, as the exporting ledger knows it.
struct PackageSource
{
    qint64 orgId = 0;
    QString extId;
    QString name;
};

// What a package refers to that this ledger does not know: the import is refused naming them.
struct PackageUnknowns
{
    std::vector<PackageRef> organisations;
    std::vector<PackageRef> members;

    bool empty() const { return organisations.empty() && members.empty(); }
};

} // namespace sl
