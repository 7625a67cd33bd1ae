#include "demo/DemoBuilder.h"
#include "services/Clock.h"
#include "services/Ledger.h"

#include "domain/CharCount.h"
#include "storage/ActivityStats.h"
#include "storage/ActivityWriter.h"
#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using sl::ActivityStats;
using sl::ActivityWriter;
using sl::DemoOptions;
using sl::Ledger;

namespace {

// The tables the demo fills; the audit log (which holds the time) is left out.
constexpr ActivityWriter::Table demoTables[] = {
    ActivityWriter::Table::Organisations, ActivityWriter::Table::Members,
    ActivityWriter::Table::StudyGroups,   ActivityWriter::Table::GroupMemberships,
    ActivityWriter::Table::Experts,       ActivityWriter::Table::StudyPlans,
    ActivityWriter::Table::PlanItems,     ActivityWriter::Table::Sessions,
    ActivityWriter::Table::Attendance,    ActivityWriter::Table::Speeches,
    ActivityWriter::Table::SelfStudy,     ActivityWriter::Table::Writings,
};

QStringList dump(Ledger& ledger)
{
    ActivityWriter reader(ledger.db());
    QStringList out;
    for (const auto table : demoTables) {
        auto rows = reader.dumpRows(table);
        if (!rows)
            return {u"error: "_s + rows.error().text()};
        out << *rows;
    }
    return out;
}

// The error of a result, or nothing (QVERIFY2 evaluates its message even when all is well).
template <typename R> QByteArray why(const R& result)
{
    return result ? QByteArray() : result.error().text().toUtf8();
}

QMap<QString, qint64> tally(Ledger& ledger, ActivityStats::Tally what)
{
    auto t = ActivityStats(ledger.db()).tally(what);
    return t ? *t : QMap<QString, qint64>{{u"error"_s, -1}};
}

} // namespace

class TestDemoBuilder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Ledger> open(const QString& name)
    {
        auto ledger = Ledger::open(m_dir.filePath(name), sl::OpenMode::CreateIfMissing);
        if (!ledger) {
            qWarning("%s", why(ledger).constData());
            return {};
        }
        return std::move(ledger).value();
    }

    std::unique_ptr<Ledger> build(const QString& name, quint32 seed, int members = 80)
    {
        auto ledger = open(name);
        if (!ledger)
            return {};
        DemoOptions options;
        options.seed = seed;
        options.members = members;
        options.year = 2025;
        auto summary = sl::buildDemo(*ledger, options);
        if (!summary) {
            qWarning("%s", why(summary).constData());
            return {};
        }
        return ledger;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_demo; // seed 7, 80 members, 2025

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = build(u"seed7.studyledger"_s, 7);
        QVERIFY(m_demo);
    }

    void sameSeedGivesSameData()
    {
        auto again = build(u"seed7-again.studyledger"_s, 7);
        QVERIFY(again);
        const QStringList a = dump(*m_demo);
        const QStringList b = dump(*again);
        QVERIFY(a.size() > 1000);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(b[i], a[i]);
    }

    void otherSeedGivesOtherData()
    {
        auto other = build(u"seed8.studyledger"_s, 8);
        QVERIFY(other);
        QVERIFY(dump(*other) != dump(*m_demo));
    }

    void summaryCountsEveryTable()
    {
        auto ledger = open(u"summary.studyledger"_s);
        QVERIFY(ledger);
        DemoOptions options;
        options.seed = 3;
        options.year = 2024;
        auto summary = sl::buildDemo(*ledger, options);
        QVERIFY2(summary, why(summary).constData());
        QCOMPARE(summary->year, 2024);
        QCOMPARE(summary->members, 80);
        QVERIFY(summary->organisations >= 5);
        QVERIFY(summary->groups >= 5);
        QVERIFY(summary->memberships >= 92);
        QVERIFY(summary->experts > 0);
        QCOMPARE(summary->plans, summary->groups);
        QVERIFY(summary->planItems >= 12 + 4 * 10);
        QVERIFY(summary->sessions >= 50);
        QVERIFY(summary->attendance > 500);
        QVERIFY(summary->speeches > 100);
        // Roughly 1–3 entries per member per month, 1–3 writings per member.
        QVERIFY(summary->selfStudy > 80 * 12 && summary->selfStudy < 80 * 36);
        QVERIFY(summary->writings > 80 && summary->writings < 80 * 4);
        ActivityWriter reader(ledger->db());
        auto attendance = reader.countRows(ActivityWriter::Table::Attendance);
        QVERIFY2(attendance, why(attendance).constData());
        QCOMPARE(*attendance, summary->attendance);
        auto audit = reader.countRows(ActivityWriter::Table::AuditLog);
        QVERIFY2(audit, why(audit).constData());
        QCOMPARE(*audit, 1);
    }

    void centralGroupHasTwelveSeatsOneObserver()
    {
        sl::GroupRepository groups(m_demo->db());
        auto all = groups.list();
        QVERIFY(all);
        std::vector<sl::StudyGroup> central;
        for (const auto& g : *all) {
            if (g.kind == sl::GroupKind::Central)
                central.push_back(g);
        }
        QCOMPARE(central.size(), size_t(1));
        auto seats = groups.memberships(central.front().id);
        QVERIFY(seats);
        QVERIFY(seats->size() >= 10 && seats->size() <= 14);
        std::map<sl::GroupRole, int> roles;
        for (const auto& s : *seats)
            ++roles[s.membership.role];
        QCOMPARE(roles[sl::GroupRole::Leader], 1);
        QCOMPARE(roles[sl::GroupRole::Deputy], 2);
        QCOMPARE(roles[sl::GroupRole::Secretary], 1);
        QCOMPARE(roles[sl::GroupRole::Observer], 1);
        QVERIFY(roles[sl::GroupRole::Member] >= 5);
        const auto levels = tally(*m_demo, ActivityStats::Tally::CadreLevels);
        QVERIFY(levels.value(u"county"_s) >= 3);
        QVERIFY(levels.value(u"section"_s) >= 3);
    }

    void branchesOfDistinctUnitTypes()
    {
        auto orgs = sl::OrgRepository(m_demo->db()).all();
        QVERIFY(orgs);
        std::set<sl::UnitType> types;
        int branches = 0;
        int committees = 0;
        for (const auto& o : *orgs) {
            if (o.kind == sl::OrgKind::Committee)
                ++committees;
            if (o.kind == sl::OrgKind::Branch) {
                ++branches;
                QVERIFY(o.unitType.has_value());
                types.insert(*o.unitType);
                QVERIFY(o.parentId != 0);
            }
        }
        QCOMPARE(committees, 1);
        QVERIFY(branches >= 4);
        QCOMPARE(int(types.size()), branches);
        // Every branch has its 支部学习组.
        auto groups = sl::GroupRepository(m_demo->db()).list();
        QVERIFY(groups);
        QCOMPARE(int(groups->size()), branches + 1);
        const auto categories = tally(*m_demo, ActivityStats::Tally::MemberCategories);
        QVERIFY(categories.value(u"probationary"_s) >= 2);
        QVERIFY(categories.value(u"full"_s) > 60);
    }

    void everyFormAndStatusIsPresent()
    {
        const auto forms = tally(*m_demo, ActivityStats::Tally::SessionForms);
        for (const QString& code : sl::enumCodes<sl::SessionForm>())
            QVERIFY2(forms.value(code) > 0, qPrintable(code));
        const auto statuses = tally(*m_demo, ActivityStats::Tally::SessionStatuses);
        QVERIFY(statuses.value(u"held"_s) > 40);
        QVERIFY(statuses.value(u"cancelled"_s) + statuses.value(u"planned"_s) >= 2);
        const auto triggers = tally(*m_demo, ActivityStats::Tally::SessionTriggers);
        QCOMPARE(triggers.size(), 3);
        const auto attendance = tally(*m_demo, ActivityStats::Tally::AttendanceStatuses);
        for (const QString& code : sl::enumCodes<sl::AttendanceStatus>())
            QVERIFY2(attendance.value(code) > 0, qPrintable(code));
        QVERIFY(attendance.value(u"present"_s) * 10 > attendance.value(u"absent"_s) * 100);
        const auto makeups = tally(*m_demo, ActivityStats::Tally::Makeups);
        QVERIFY(makeups.value(u"excused"_s) > 0);
        for (const QString& status : makeups.keys())
            QVERIFY(status == u"excused"_s || status == u"absent"_s);
    }

    void selfStudyAndWritings()
    {
        QCOMPARE(tally(*m_demo, ActivityStats::Tally::SelfStudyMedia).size(), 5);
        QCOMPARE(tally(*m_demo, ActivityStats::Tally::WritingKinds).size(), 3);
        QVERIFY(!tally(*m_demo, ActivityStats::Tally::WritingAwards).isEmpty());
        // notes_chars is the character count of the notes; notes run to a few hundred.
        auto rows = ActivityWriter(m_demo->db()).dumpRows(ActivityWriter::Table::SelfStudy);
        QVERIFY(rows);
        int withNotes = 0;
        for (const QString& row : *rows) {
            const QStringList f = row.split(u'|');
            QCOMPARE(f.size(), 8);
            QCOMPARE(f[7].toInt(), sl::countCharacters(f[6]));
            const int minutes = f[3].toInt();
            QVERIFY(minutes >= 30 && minutes <= 120);
            if (!f[6].isEmpty()) {
                ++withNotes;
                QVERIFY(f[7].toInt() >= 60 && f[7].toInt() <= 600);
            }
        }
        QVERIFY(withNotes * 10 > rows->size() * 6);
    }

    void everyRuleHolds()
    {
        using R = ActivityStats::Rule;
        ActivityStats stats(m_demo->db());
        for (R rule :
             {R::AttendanceOutsideMembership, R::AttendanceAtUnheldSession, R::MakeupBeforeSession,
              R::ObserverMismatch, R::JoinedBefore18, R::PlanItemOutsideYear}) {
            auto n = stats.countViolations(rule);
            QVERIFY(n);
            QCOMPARE(*n, 0);
        }
        auto problems = m_demo->check();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void reportsProgress()
    {
        auto ledger = open(u"progress.studyledger"_s);
        QVERIFY(ledger);
        QList<int> percents;
        QStringList stages;
        DemoOptions options;
        options.members = 30;
        options.year = 2025;
        auto summary = sl::buildDemo(*ledger, options, [&](int percent, const QString& stage) {
            percents << percent;
            stages << stage;
        });
        QVERIFY(summary);
        QVERIFY(percents.size() >= 10);
        QCOMPARE(percents.last(), 100);
        for (qsizetype i = 1; i < percents.size(); ++i)
            QVERIFY(percents[i] >= percents[i - 1]);
        QVERIFY(stages.contains(u"正在生成党员"_s));
        QVERIFY(stages.contains(u"正在生成学习活动和考勤"_s));
    }

    void refusesNonEmptyDatabase()
    {
        auto result = sl::buildDemo(*m_demo, DemoOptions{});
        QVERIFY(!result);
        QCOMPARE(result.error().code, sl::ErrorCode::Invalid);
        QVERIFY(result.error().message.contains(u"not empty"_s));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("field");
        QTest::newRow("too few") << 19 << 2025 << u"members"_s;
        QTest::newRow("too many") << 1000001 << 2025 << u"members"_s;
        QTest::newRow("year before 2000") << 80 << 1999 << u"year"_s;
        QTest::newRow("year after 2100") << 80 << 2101 << u"year"_s;
    }

    void refusesBadOptions()
    {
        QFETCH(int, members);
        QFETCH(int, year);
        QFETCH(QString, field);
        auto ledger = open(u"bad.studyledger"_s);
        QVERIFY(ledger);
        auto result = sl::buildDemo(*ledger, DemoOptions{1, members, year});
        QVERIFY(!result);
        QCOMPARE(result.error().field, field);
        QCOMPARE(*ActivityWriter(ledger->db()).countRows(ActivityWriter::Table::Members), 0);
    }

    void yearDefaultsToThisYear()
    {
        sl::Clock::setToday(sl::Date(2031, 3, 4));
        auto ledger = open(u"this-year.studyledger"_s);
        QVERIFY(ledger);
        auto summary = sl::buildDemo(*ledger, DemoOptions{5, 20, 0});
        sl::Clock::setToday(sl::Date());
        QVERIFY(summary);
        QCOMPARE(summary->year, 2031);
        QCOMPARE(summary->members, 20);
    }

    void nothingIsDoneAfterToday()
    {
        sl::Clock::setToday(sl::Date(2026, 6, 30));
        auto ledger = open(u"half-year.studyledger"_s);
        QVERIFY(ledger);
        auto summary = sl::buildDemo(*ledger, DemoOptions{3, 80, 2026});
        sl::Clock::setToday(sl::Date());
        QVERIFY(summary);
        ActivityWriter writer(ledger->db());
        const QString today = u"2026-06-30"_s;
        int planned = 0;
        const auto sessions = writer.dumpRows(ActivityWriter::Table::Sessions);
        const auto selfStudy = writer.dumpRows(ActivityWriter::Table::SelfStudy);
        const auto writings = writer.dumpRows(ActivityWriter::Table::Writings);
        QVERIFY(sessions && selfStudy && writings);
        for (const QString& row : *sessions) {
            const QStringList f = row.split(u'|');
            if (f.at(3) > today) {
                QVERIFY2(f.last() != u"held"_s, qPrintable(row)); // held ones lie before today
                planned += f.last() == u"planned"_s;
            }
        }
        QVERIFY(planned > 20); // the second half of the year is still to come
        for (const QString& row : *selfStudy)
            QVERIFY2(row.split(u'|').at(2) <= today, qPrintable(row));
        for (const QString& row : *writings)
            QVERIFY2(row.split(u'|').at(4) <= today, qPrintable(row));
        auto problems = ledger->check();
        QVERIFY(problems && problems->isEmpty());
    }

    void largerSizesBuildADistrict()
    {
        auto ledger = build(u"district.studyledger"_s, 11, 1500);
        QVERIFY(ledger);
        auto orgs = sl::OrgRepository(ledger->db()).all();
        QVERIFY(orgs);
        qint64 root = 0;
        for (const auto& o : *orgs) {
            if (o.parentId == 0)
                root = o.id;
        }
        int units = 0;
        int branches = 0;
        for (const auto& o : *orgs) {
            units += o.parentId == root && o.id != root ? 1 : 0;
            branches += o.kind == sl::OrgKind::Branch ? 1 : 0;
        }
        QVERIFY(units >= 5);
        QVERIFY(branches >= 1500 / 90 && branches <= 1500 / 30);
        auto groups = sl::GroupRepository(ledger->db()).list();
        QVERIFY(groups);
        int central = 0;
        for (const auto& g : *groups) {
            if (g.kind == sl::GroupKind::Central)
                ++central;
            else
                QCOMPARE(sl::GroupRepository(ledger->db()).memberships(g.id)->size() >= 30, true);
        }
        QVERIFY(central >= 2);
        using R = ActivityStats::Rule;
        ActivityStats stats(ledger->db());
        for (R rule : {R::AttendanceOutsideMembership, R::MakeupBeforeSession, R::ObserverMismatch,
                       R::JoinedBefore18}) {
            QCOMPARE(*stats.countViolations(rule), 0);
        }
        auto problems = ledger->check();
        QVERIFY(problems && problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "TestDemoBuilder.moc"
