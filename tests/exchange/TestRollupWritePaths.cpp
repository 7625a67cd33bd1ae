#include "support/CliRunner.h"

#include "exchange/ActivityFiles.h"
#include "services/AttendanceService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/SelfStudyService.h"
#include "services/SessionService.h"
#include "storage/BulletinRepository.h"
#include "storage/Database.h"
#include "storage/FiguresRepository.h"
#include "storage/RollupRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

// The roll-ups (migration 0006) equal a full recount of the records after every write path of
// the program: the demo, imports of every kind, the services' edits and their inverse (what the
// GUI's undo does), a deleted session and a merged data package; `check` says so; and on the
// demo the figures from the roll-ups equal the figures scanned from the records.
class TestRollupWritePaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static std::unique_ptr<Ledger> open(const QString& db)
    {
        auto ledger = Ledger::open(db, OpenMode::MustExist);
        if (!ledger) {
            qWarning("%s", qPrintable(ledger.error().text()));
            return nullptr;
        }
        return std::move(ledger).value();
    }

    static qint64 value(Ledger& ledger, const QString& sql)
    {
        QSqlQuery q(ledger.db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static QStringList rollups(Ledger& ledger)
    {
        QStringList out;
        for (const char* table : {"attendance_rollup", "study_rollup", "session_rollup"}) {
            QSqlQuery q(ledger.db().connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char(' '));
            }
        }
        return out;
    }

    // The roll-ups equal the recount and are not empty; `check` passes.
    static void verifyWhole(const QString& db)
    {
        {
            auto ledger = open(db);
            QVERIFY(ledger);
            auto problems = RollupRepository(ledger->db()).problems();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            QVERIFY(value(*ledger, QStringLiteral("SELECT count(*) FROM attendance_rollup")) > 0);
        }
        const CliRun run = runCliOn(db, {QStringLiteral("check")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("roll-ups")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.sqlite"));
        QCOMPARE(
            runCliOn(m_demo, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("1"),
                              QStringLiteral("--year"), QStringLiteral("2026")})
                .code,
            0);
    }

    void demoIsRolledUp() { verifyWhole(m_demo); }

    void importsAreRolledUp()
    {
        const QString db = path(QStringLiteral("imported.sqlite"));
        const CliRun run = newLedgerWithYearFiles(db, yearFiles().size());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        {
            // The files hold dates up to the end of 2026.
            Clock::setToday(Date(2026, 12, 31));
            auto ledger = open(db);
            QVERIFY(ledger);
            for (const auto& [kind, file] : {std::pair{ImportKind::SelfStudy, "selfstudy"},
                                             std::pair{ImportKind::Writings, "writings"}}) {
                auto result = ActivityFiles::importFile(
                    *ledger, kind, QStringLiteral(SL_TEST_DATA_DIR "/%1-2026.csv").arg(file));
                QVERIFY(result.ok());
                QVERIFY2(result->ok() && result->counts.added > 0, file);
            }
            Clock::setToday({});
        }
        verifyWhole(db);
        auto ledger = open(db);
        QVERIFY(value(*ledger, QStringLiteral("SELECT sum(selfstudy_entries) FROM study_rollup "
                                              "WHERE month = 0")) ==
                value(*ledger, QStringLiteral("SELECT count(*) FROM self_study")));
    }

    void serviceEditsAndTheirInverse()
    {
        const QString db = path(QStringLiteral("edited.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        {
            auto ledger = open(db);
            QVERIFY(ledger);
            const QStringList before = rollups(*ledger);
            const qint64 id = value(
                *ledger, QStringLiteral("SELECT s.id FROM sessions s WHERE s.status = "
                                        "'held' AND EXISTS (SELECT 1 FROM attendance a "
                                        "WHERE a.session_id = s.id) ORDER BY s.date LIMIT 1"));
            QVERIFY(id > 0);
            AttendanceService attendance(*ledger);
            auto sheet = attendance.sheet(id);
            QVERIFY(sheet.ok());
            std::vector<Attendance> records;
            for (const SheetLine& line : sheet->lines)
                if (line.recorded)
                    records.push_back(line.record);
            QVERIFY(!records.empty());
            std::vector<Attendance> changed = records;
            changed.front().status = AttendanceStatus::Absent;
            changed.front().reason.clear();
            changed.front().makeupDate = {};
            changed.front().makeupNote.clear();
            const Status changedOk = attendance.save(id, changed);
            QVERIFY2(changedOk.ok(),
                     qPrintable(changedOk.ok() ? QString() : changedOk.error().text()));
            auto problems = RollupRepository(ledger->db()).problems();
            QVERIFY(problems.ok() && problems->isEmpty());

            SessionService sessions(*ledger);
            const auto original = sessions.session(id);
            QVERIFY(original.ok() && original->has_value());
            StudySession moved = **original;
            moved.date = moved.date + boost::gregorian::days(45);
            moved.minutes += 15;
            auto saved = sessions.save(moved);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text()));
            QVERIFY(rollups(*ledger) != before);

            // The inverse writes, as undo makes them.
            QVERIFY(sessions.save(**original).ok());
            QVERIFY(attendance.save(id, records).ok());
            QCOMPARE(rollups(*ledger), before);

            SelfStudyService study(*ledger);
            const qint64 entryId =
                value(*ledger, QStringLiteral("SELECT id FROM self_study ORDER BY id LIMIT 1"));
            const auto entry = study.entry(entryId);
            QVERIFY(entry.ok() && entry->has_value());
            SelfStudyEntry edited = **entry;
            edited.minutes += 10;
            edited.date = Date(edited.date.year(), edited.date.month() == 1 ? 2 : 1, 15);
            edited.notes += QStringLiteral("补记");
            QVERIFY(study.edit(edited).ok());
            QVERIFY(rollups(*ledger) != before);
            QVERIFY(study.remove(entryId).ok());
            SelfStudyEntry again = **entry;
            again.id = 0;
            QVERIFY(study.log(again).ok());
            QCOMPARE(rollups(*ledger), before);

            QVERIFY(sessions.remove(id).ok());
            QVERIFY(rollups(*ledger) != before);
        }
        verifyWhole(db);
    }

    void mergedPackageIsRolledUp()
    {
        for (const QString& kind : {QStringLiteral("orgs"), QStringLiteral("members")})
            QCOMPARE(runCliOn(m_demo, {QStringLiteral("export"), kind, QStringLiteral("-o"),
                                       path(kind + QStringLiteral(".csv"))})
                         .code,
                     0);
        const QString package = path(QStringLiteral("D01-02.zip"));
        const CliRun exported = runCliOn(
            m_demo, {QStringLiteral("export"), QStringLiteral("package"), QStringLiteral("--org"),
                     QStringLiteral("D01-02"), QStringLiteral("--year"), QStringLiteral("2026"),
                     QStringLiteral("-o"), package});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString db = path(QStringLiteral("merged.sqlite"));
        QCOMPARE(runCliOn(db, {QStringLiteral("init")}).code, 0);
        for (const QString& kind : {QStringLiteral("orgs"), QStringLiteral("members")})
            QCOMPARE(
                runCliOn(db, {QStringLiteral("import"), kind, path(kind + QStringLiteral(".csv"))})
                    .code,
                0);
        const CliRun merged =
            runCliOn(db, {QStringLiteral("import"), QStringLiteral("package"), package});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        verifyWhole(db);
    }

    void figuresFromRollupsEqualTheScanOnTheDemo()
    {
        auto ledger = open(m_demo);
        QVERIFY(ledger);
        const qint64 root =
            value(*ledger, QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL "
                                          "ORDER BY ext_id LIMIT 1"));
        const qint64 group =
            value(*ledger, QStringLiteral("SELECT id FROM study_groups ORDER BY ext_id LIMIT 1"));
        std::vector<Period> periods{Period::year(2026), Period::half(2026, 2)};
        for (int q = 1; q <= 4; ++q)
            periods.push_back(Period::quarter(2026, q));
        for (int m = 1; m <= 12; ++m)
            periods.push_back(Period::month(2026, m));
        FiguresRepository rolled(ledger->db()), scanned(ledger->db());
        scanned.setRollups(false);
        BulletinRepository rolledB(ledger->db()), scannedB(ledger->db());
        scannedB.setRollups(false);
        for (const Period& p : periods) {
            const QByteArray label = p.labelEn().toUtf8();
            const auto a = rolled.forOrganisation(root, p);
            QVERIFY(a.ok() && !a->empty());
            QVERIFY2(*a == *scanned.forOrganisation(root, p), label.constData());
            QVERIFY2(*rolled.forGroup(group, p) == *scanned.forGroup(group, p), label.constData());
            for (const ScopeRef& s : {ScopeRef::organisation(root), ScopeRef::group(group)}) {
                QVERIFY2(*rolledB.scopeFigures(s, p) == *scannedB.scopeFigures(s, p),
                         label.constData());
                const auto best = *rolledB.bestAttended(s, p, 5);
                const auto scannedBest = *scannedB.bestAttended(s, p, 5);
                QCOMPARE(best.size(), scannedBest.size());
                for (size_t i = 0; i < best.size(); ++i)
                    QVERIFY(best[i].id == scannedBest[i].id &&
                            best[i].attended == scannedBest[i].attended &&
                            best[i].expected == scannedBest[i].expected);
                QCOMPARE(rolledB.threeMustSessions(s, p)->size(),
                         scannedB.threeMustSessions(s, p)->size());
            }
        }
        QVERIFY(rolledB.scopeFigures(ScopeRef::organisation(root), Period::year(2026))
                    ->attendance.expected > 0);
    }
};

QTEST_GUILESS_MAIN(TestRollupWritePaths)
#include "TestRollupWritePaths.moc"
