#pragma once

#include "support/TempLedger.h"

#include "exchange/FileImport.h"
#include "exchange/RosterFiles.h"

#include <QStringList>
#include <QTest>

// The problems of an import as the user reads them, in their order.
inline QStringList problemTexts(const sl::FileImportResult& result)
{
    QStringList out;
    for (const sl::FileProblem& p : result.problems)
        out << p.text();
    return out;
}

// Imports the four roster files of tests/data (orgs, members, groups, group members) that the
// other files refer to; every one must go in (its problems are printed when it does not).
inline void importRoster(sl::Ledger& ledger)
{
    const std::pair<sl::ImportKind, const char*> files[] = {
        {sl::ImportKind::Orgs, "orgs.csv"},
        {sl::ImportKind::Members, "members-gb18030.csv"},
        {sl::ImportKind::Groups, "groups-en.csv"},
        {sl::ImportKind::GroupMembers, "group-members.csv"},
    };
    for (const auto& [kind, name] : files) {
        auto result =
            sl::RosterFiles::importFile(ledger, kind, testData(QString::fromLatin1(name)));
        QVERIFY2(result.ok(), name);
        for (const sl::FileProblem& p : result->problems)
            qWarning("%s", qPrintable(p.text()));
        QVERIFY2(result->ok(), name);
    }
}
