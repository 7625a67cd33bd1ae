#pragma once

// Fixture databases for the GUI tests: a small organisation tree with Chinese members, built
// through the services (organisations through the repository: no service writes them yet).

#include "support/TempLedger.h"

#include "services/Clock.h"
#include "services/RosterService.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <QTest>

#include <vector>

struct GuiFixture
{
    TempLedger ledger;
    qint64 committee = 0; // 机关党委 (root)
    qint64 branch1 = 0;   // 第一党支部
    qint64 branch2 = 0;   // 第二党支部
    qint64 group1 = 0;    // 第一党小组, under 第一党支部

    GuiFixture()
    {
        sl::Clock::setToday(sl::Date(2026, 6, 30));
        sl::OrgRepository orgs(ledger->db());
        committee = orgs.insert({0, QStringLiteral("D01"), QStringLiteral("机关党委"), 0,
                                 sl::OrgKind::Committee, sl::UnitType::Organ})
                        .value();
        branch1 = orgs.insert({0, QStringLiteral("D0101"), QStringLiteral("第一党支部"), committee,
                               sl::OrgKind::Branch, sl::UnitType::Organ})
                      .value();
        branch2 = orgs.insert({0, QStringLiteral("D0102"), QStringLiteral("第二党支部"), committee,
                               sl::OrgKind::Branch, sl::UnitType::Organ})
                      .value();
        group1 = orgs.insert({0, QStringLiteral("D010101"), QStringLiteral("第一党小组"), branch1,
                              sl::OrgKind::PartyGroup, std::nullopt})
                     .value();
    }

    static sl::Member makeMember(const QString& extId, const QString& name, qint64 orgId)
    {
        sl::Member m;
        m.extId = extId;
        m.name = name;
        m.orgId = orgId;
        m.gender = sl::Gender::Male;
        m.birthDate = sl::Date(1980, 5, 1);
        m.joinDate = sl::Date(2005, 7, 1);
        m.category = sl::MemberCategory::Full;
        m.position = QStringLiteral("科员");
        m.phone = QStringLiteral("010-66668888");
        return m;
    }

    qint64 addMember(const QString& extId, const QString& name, qint64 orgId)
    {
        sl::RosterService roster(*ledger);
        auto saved = roster.saveMember(makeMember(extId, name, orgId));
        if (!saved)
            qWarning("cannot save %s: %s", qPrintable(name), qPrintable(saved.error().text()));
        return saved ? *saved : 0;
    }

    // A dozen named members across the tree (张伟 and 张伟华 both match "张伟").
    void addNamedMembers()
    {
        const std::vector<std::pair<QString, qint64>> people = {
            {QStringLiteral("张伟"), branch1},   {QStringLiteral("王芳"), branch1},
            {QStringLiteral("李娜"), branch1},   {QStringLiteral("刘洋"), group1},
            {QStringLiteral("陈静"), branch2},   {QStringLiteral("赵磊"), branch2},
            {QStringLiteral("张伟华"), branch2}, {QStringLiteral("杨敏"), committee},
            {QStringLiteral("黄勇"), committee}, {QStringLiteral("周杰"), group1},
            {QStringLiteral("吴霞"), branch2},   {QStringLiteral("张敏"), branch1},
        };
        sl::Transaction tx(ledger->db());
        int n = 1;
        for (const auto& [name, org] : people)
            addMember(QStringLiteral("M%1").arg(n++, 4, 10, QLatin1Char('0')), name, org);
        QVERIFY(tx.commit().ok());
    }

    // `count` members with generated two- and three-character names, spread over the branches.
    void addManyMembers(int count)
    {
        static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
        static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂");
        sl::Transaction tx(ledger->db());
        for (int i = 0; i < count; ++i) {
            QString name = surnames.at(i % surnames.size());
            name += given.at((i / surnames.size()) % given.size());
            if (i % 3 == 0)
                name += given.at((i / 7) % given.size());
            addMember(QStringLiteral("G%1").arg(i, 6, 10, QLatin1Char('0')), name,
                      i % 2 ? branch1 : branch2);
        }
        QVERIFY(tx.commit().ok());
    }
};
