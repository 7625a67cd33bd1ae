#include "support/CliRunner.h"
#include "support/TempLedger.h"

#include "exchange/DataPackage.h"
#include "exchange/PackageFiles.h"
#include "services/AccountService.h"
#include "services/AssessmentService.h"
#include "services/PasswordHash.h"
#include "services/RosterService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

namespace {

// The error of a failed result, for QVERIFY2's message (which is built even when it passes).
template <typename T> QByteArray errorOf(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().text().toUtf8();
}

} // namespace

// Data packages (FORMATS.md `export package` / `import package`): a branch of the demo committee
// exported from the committee's full ledger ("the branch's own database") and merged into a
// ledger that holds only the roster gives the same bulletin figures and assessment; a second
// import changes nothing; unknown references, a newer format, altered or truncated parts and a
// lacking permission are refused before anything changes.
class TestPackageFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_branchDb;
    QString m_package; // D01-02, 2026
    const QString m_branch = QStringLiteral("D01-02");
    const QString m_password = QStringLiteral("Package-test-9-password");

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static std::unique_ptr<Ledger> open(const QString& db)
    {
        auto ledger = Ledger::open(db, OpenMode::MustExist);
        if (!ledger) {
            qWarning("%s", errorOf(ledger).constData());
            return nullptr;
        }
        return std::move(ledger).value();
    }

    // A new ledger `name` holding the demo's organisations and, with `members`, its members.
    QString rosterLedger(const QString& name, bool members = true)
    {
        const QString db = path(name);
        QFile::remove(db);
        if (runCliOn(db, {QStringLiteral("init")}).code != 0)
            return {};
        QStringList kinds{QStringLiteral("orgs")};
        if (members)
            kinds << QStringLiteral("members");
        for (const QString& kind : kinds) {
            if (runCliOn(db, {QStringLiteral("import"), kind, path(kind + QStringLiteral(".csv"))})
                    .code != 0)
                return {};
        }
        return db;
    }

    // Every table but the audit trail, row by row: equal dumps mean the same content.
    static QStringList dump(const QString& db)
    {
        auto ledger = open(db);
        QStringList out;
        if (!ledger)
            return out;
        QSqlQuery tables(ledger->db().connection());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                   "NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery q(ledger->db().connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
            while (q.next()) {
                QStringList row{table};
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(QChar(0x1f));
            }
        }
        return out;
    }

    static int auditEntries(const QString& db, const QString& entity)
    {
        auto ledger = open(db);
        QSqlQuery q(ledger->db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"));
        q.addBindValue(entity);
        q.exec();
        return q.next() ? q.value(0).toInt() : -1;
    }

    QByteArray cliOutput(const QString& db, const QStringList& args)
    {
        const CliRun run = runCliOn(db, args);
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return run.rawOut;
    }

    QByteArray bulletin(const QString& db)
    {
        return cliOutput(db, {QStringLiteral("report"), QStringLiteral("bulletin"),
                              QStringLiteral("--year"), QStringLiteral("2026"),
                              QStringLiteral("--org"), m_branch, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    }

    QByteArray assessment(const QString& db, const QString& scopeOption, const QString& id)
    {
        return cliOutput(db, {QStringLiteral("assess"), QStringLiteral("--year"),
                              QStringLiteral("2026"), scopeOption, id, QStringLiteral("--format"),
                              QStringLiteral("json")});
    }

    // The package's parts extracted into `dir`, with its manifest.
    PackageManifest extracted(const QString& dir)
    {
        auto manifest = DataPackage::readManifest(m_package);
        if (!manifest || !DataPackage::extract(m_package, *manifest, dir).ok())
            return {};
        return *manifest;
    }

    static void rewrite(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray contents(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Expects the import of `package` into `db` to be refused with a message containing each of
    // `words`, and the ledger unchanged.
    void expectRefused(const QString& db, const QString& package, const QStringList& words)
    {
        const QStringList before = dump(db);
        {
            auto ledger = open(db);
            QVERIFY(ledger);
            auto result = PackageFiles::importPackage(*ledger, package);
            QVERIFY(!result.ok());
            for (const QString& word : words)
                QVERIFY2(result.error().message.contains(word), qPrintable(result.error().message));
        }
        QCOMPARE(dump(db), before);
    }

private slots:
    void initTestCase()
    {
        PasswordHash::setLimits(PasswordHash::Limits::Interactive);
        QVERIFY(m_dir.isValid());
        m_branchDb = path(QStringLiteral("branch.sqlite"));
        QCOMPARE(runCliOn(m_branchDb,
                          {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("1"),
                           QStringLiteral("--year"), QStringLiteral("2026")})
                     .code,
                 0);
        for (const QString& kind : {QStringLiteral("orgs"), QStringLiteral("members")})
            QCOMPARE(runCliOn(m_branchDb, {QStringLiteral("export"), kind, QStringLiteral("-o"),
                                           path(kind + QStringLiteral(".csv"))})
                         .code,
                     0);
        auto ledger = open(m_branchDb);
        QVERIFY(ledger);
        // An adjustment of the branch's group and one of the branch as an organisation scope.
        RosterService roster(*ledger);
        auto org = roster.resolveOrg(m_branch);
        QVERIFY(org.ok());
        auto groups = roster.groups(org->id);
        QVERIFY(groups.ok() && !groups->empty());
        AssessmentService assessment(*ledger);
        auto assessed = assessment.assess(ScopeRef::group(groups->front().id), 2026);
        QVERIFY(assessed.ok() && assessed->rows.size() >= 2);
        QVERIFY(assessment
                    .setAdjustment(ScopeRef::group(groups->front().id),
                                   assessed->rows[0].figures.memberId, 2026, 2.5,
                                   QStringLiteral("带头宣讲"))
                    .ok());
        QVERIFY(assessment
                    .setAdjustment(ScopeRef::organisation(org->id),
                                   assessed->rows[1].figures.memberId, 2026, -1.25,
                                   QStringLiteral("迟交笔记"))
                    .ok());
        m_package = path(QStringLiteral("D01-02-2026.zip"));
        auto manifest = PackageFiles::exportPackage(*ledger, m_branch, 2026, m_package);
        QVERIFY2(manifest.ok(), errorOf(manifest).constData());
        QCOMPARE(manifest->source.extId, m_branch);
        QCOMPARE(manifest->year, 2026);
        QCOMPARE(int(manifest->parts.size()), DataPackage::partKinds().size());
        QCOMPARE(manifest->part(QStringLiteral("adjustments"))->rows, 2);
        // The memberships of the branch's groups only (export group-members --org).
        int memberships = 0;
        for (const StudyGroup& g : *groups)
            memberships += int(roster.memberships(g.id)->size());
        QCOMPARE(manifest->part(QStringLiteral("group-members"))->rows, memberships);
        QVERIFY(memberships < int(roster.memberships()->size()));
        QVERIFY(manifest->part(QStringLiteral("attendance"))->rows > 0);
        QVERIFY(!manifest->members.empty());
        QVERIFY(std::any_of(manifest->organisations.begin(), manifest->organisations.end(),
                            [&](const PackageRef& r) { return r.extId == m_branch; }));
    }

    void mergedBranchGivesTheBranchsFigures()
    {
        const QString committee = rosterLedger(QStringLiteral("committee.sqlite"));
        QVERIFY(!committee.isEmpty());
        QVERIFY(bulletin(committee) != bulletin(m_branchDb)); // nothing recorded yet
        {
            auto ledger = open(committee);
            auto summary = PackageFiles::inspect(*ledger, m_package);
            QVERIFY2(summary.ok(), errorOf(summary).constData());
            QVERIFY(summary->unknown.empty());
            auto result = PackageFiles::importPackage(*ledger, m_package);
            QVERIFY2(result.ok(), errorOf(result).constData());
            QVERIFY(result->ok());
            QCOMPARE(int(result->parts.size()), DataPackage::partKinds().size());
            for (const ImportBatch::Part& part : result->parts)
                QCOMPARE(part.counts.added, summary->manifest.part(part.kind)->rows);
        }
        const QByteArray figures = bulletin(m_branchDb);
        QVERIFY(figures.contains("\"sessions\""));
        QCOMPARE(bulletin(committee), figures);
        QCOMPARE(assessment(committee, QStringLiteral("--org"), m_branch),
                 assessment(m_branchDb, QStringLiteral("--org"), m_branch));
        QVERIFY(assessment(m_branchDb, QStringLiteral("--org"), m_branch)
                    .contains("\"adjustment\": -1.25"));
        QCOMPARE(auditEntries(committee, QStringLiteral("package")), 1);

        // A second import: every part unchanged, the content the same, one more audit entry.
        const QStringList before = dump(committee);
        {
            auto ledger = open(committee);
            auto again = PackageFiles::importPackage(*ledger, m_package);
            QVERIFY(again.ok() && again->ok());
            for (const ImportBatch::Part& part : again->parts) {
                QCOMPARE(part.counts.added, 0);
                QCOMPARE(part.counts.updated, 0);
            }
        }
        QCOMPARE(dump(committee), before);
        QCOMPARE(auditEntries(committee, QStringLiteral("package")), 2);
    }

    void groupAdjustmentTravels()
    {
        const QString committee = rosterLedger(QStringLiteral("adjusted.sqlite"));
        {
            auto ledger = open(committee);
            QVERIFY(PackageFiles::importPackage(*ledger, m_package).ok());
            auto branch = open(m_branchDb);
            auto groups =
                RosterService(*branch).groups(RosterService(*branch).resolveOrg(m_branch)->id);
            const QString group = groups->front().extId;
            QCOMPARE(assessment(committee, QStringLiteral("--group"), group),
                     assessment(m_branchDb, QStringLiteral("--group"), group));
            QVERIFY(assessment(committee, QStringLiteral("--group"), group)
                        .contains("\"adjustment\": 2.5"));
        }
    }

    void dryRunChangesNothing()
    {
        const QString committee = rosterLedger(QStringLiteral("dry.sqlite"));
        const QStringList before = dump(committee);
        {
            auto ledger = open(committee);
            auto result = PackageFiles::importPackage(*ledger, m_package, true);
            QVERIFY(result.ok() && result->ok());
            QVERIFY(result->parts[0].counts.added > 0);
        }
        QCOMPARE(dump(committee), before);
        QCOMPARE(auditEntries(committee, QStringLiteral("package")), 0);
    }

    void unknownMembersAndOrganisationsAreNamed()
    {
        const QString orgsOnly = rosterLedger(QStringLiteral("orgs-only.sqlite"), false);
        {
            auto ledger = open(orgsOnly);
            auto summary = PackageFiles::inspect(*ledger, m_package);
            QVERIFY(summary.ok());
            QVERIFY(summary->unknown.organisations.empty());
            QCOMPARE(summary->unknown.members.size(), summary->manifest.members.size());
        }
        const PackageRef first = [&] {
            auto ledger = open(orgsOnly);
            return PackageFiles::inspect(*ledger, m_package)->manifest.members.front();
        }();
        expectRefused(
            orgsOnly, m_package,
            {QStringLiteral("unknown members: ") + first.extId + QLatin1Char(' ') + first.name,
             QStringLiteral("Nothing was imported")});

        const QString empty = path(QStringLiteral("empty.sqlite"));
        QCOMPARE(runCliOn(empty, {QStringLiteral("init")}).code, 0);
        expectRefused(empty, m_package,
                      {QStringLiteral("unknown organisations: D01-02 江南街道东方图书馆党支部"),
                       QStringLiteral("unknown members: ")});
    }

    void newerFormatIsRefused()
    {
        QTemporaryDir parts;
        PackageManifest manifest = extracted(parts.path());
        QCOMPARE(manifest.formatVersion, 1);
        manifest.formatVersion = 2;
        const QString newer = path(QStringLiteral("newer.zip"));
        QVERIFY(DataPackage::write(newer, manifest, parts.path()).ok());
        const QString committee = rosterLedger(QStringLiteral("newer.sqlite"));
        expectRefused(committee, newer, {QStringLiteral("format version 2")});
        auto ledger = open(committee);
        QVERIFY(!PackageFiles::inspect(*ledger, newer).ok());
    }

    void alteredOrTruncatedPartsAreRefused()
    {
        const QString committee = rosterLedger(QStringLiteral("altered.sqlite"));
        // An altered part with the manifest as it was.
        {
            QTemporaryDir parts;
            const PackageManifest manifest = extracted(parts.path());
            const QString sessions = QDir(parts.path()).filePath(QStringLiteral("sessions.csv"));
            QByteArray bytes = contents(sessions);
            const qsizetype at = bytes.indexOf("集体学习");
            QVERIFY(at > 0);
            bytes.replace(at, qstrlen("集体学习"), "专题研讨");
            rewrite(sessions, bytes);
            const QString altered = path(QStringLiteral("altered.zip"));
            QVERIFY(DataPackage::pack(altered, manifest, parts.path()).ok());
            expectRefused(committee, altered,
                          {QStringLiteral("altered.zip:sessions.csv"), QStringLiteral("checksum")});
        }
        // A truncated part.
        {
            QTemporaryDir parts;
            const PackageManifest manifest = extracted(parts.path());
            const QString attendance =
                QDir(parts.path()).filePath(QStringLiteral("attendance.csv"));
            const QByteArray bytes = contents(attendance);
            rewrite(attendance, bytes.left(bytes.size() / 2));
            const QString truncated = path(QStringLiteral("truncated-part.zip"));
            QVERIFY(DataPackage::pack(truncated, manifest, parts.path()).ok());
            expectRefused(committee, truncated,
                          {QStringLiteral("attendance.csv"), QStringLiteral("checksum")});
        }
        // A truncated package file.
        {
            const QByteArray bytes = contents(m_package);
            const QString cut = path(QStringLiteral("cut.zip"));
            rewrite(cut, bytes.left(bytes.size() * 2 / 3));
            expectRefused(committee, cut, {QStringLiteral("cut.zip")});
        }
        // A malformed manifest.
        {
            QTemporaryDir parts;
            PackageManifest manifest = extracted(parts.path());
            manifest.parts.push_back(manifest.parts.front()); // a part listed twice
            const QString twice = path(QStringLiteral("twice.zip"));
            QVERIFY(DataPackage::pack(twice, manifest, parts.path()).ok());
            expectRefused(committee, twice,
                          {QStringLiteral("manifest.json: parts"), QStringLiteral("twice")});
        }
    }

    void partProblemsNameThePackageAndPart()
    {
        QTemporaryDir parts;
        PackageManifest manifest = extracted(parts.path());
        const QString sessions = QDir(parts.path()).filePath(QStringLiteral("sessions.csv"));
        QByteArray bytes = contents(sessions);
        // The minutes of the first session (third line: the header, then the first record).
        const qsizetype lineStart = bytes.indexOf('\n') + 1;
        QByteArray line = bytes.mid(lineStart, bytes.indexOf('\n', lineStart) - lineStart);
        QList<QByteArray> cells = line.split(',');
        cells[4] = "abc"; // 时长(分钟)
        bytes.replace(lineStart, line.size(), cells.join(','));
        rewrite(sessions, bytes);
        const QString bad = path(QStringLiteral("bad.zip"));
        QVERIFY(DataPackage::write(bad, manifest, parts.path()).ok());
        const QString committee = rosterLedger(QStringLiteral("bad.sqlite"));
        const QStringList before = dump(committee);
        {
            auto ledger = open(committee);
            auto result = PackageFiles::importPackage(*ledger, bad);
            QVERIFY(result.ok());
            QVERIFY(!result->ok());
            QVERIFY2(result->problems.front().text().startsWith(
                         QStringLiteral("bad.zip:sessions.csv:2: 时长(分钟): ")),
                     qPrintable(result->problems.front().text()));
        }
        QCOMPARE(dump(committee), before);
    }

    void permissions()
    {
        const QString committee = rosterLedger(QStringLiteral("accounts.sqlite"));
        {
            auto ledger = open(committee);
            AccountService accounts(*ledger);
            QVERIFY(accounts.add({QStringLiteral("admin"), m_password, AccountRole::Admin}).ok());
            RosterService roster(*ledger);
            for (const QString& org : {QStringLiteral("D01-03"), m_branch}) {
                NewAccount secretary{QStringLiteral("s-") + org, m_password,
                                     AccountRole::Secretary};
                secretary.orgId = roster.resolveOrg(org)->id;
                QVERIFY(accounts.add(secretary).ok());
            }
        }
        // A log-in stamps its account: the records are compared without the accounts.
        const auto records = [&] {
            QStringList rows = dump(committee);
            rows.removeIf(
                [](const QString& row) { return row.startsWith(QLatin1String("accounts")); });
            return rows;
        };
        const QStringList before = records();
        {
            auto ledger = open(committee);
            QVERIFY(AccountService(*ledger).login(QStringLiteral("s-D01-03"), m_password).ok());
            auto refused = PackageFiles::importPackage(*ledger, m_package);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Permission);
            // Nor may it export a subtree it cannot read.
            auto exported =
                PackageFiles::exportPackage(*ledger, m_branch, 0, path(QStringLiteral("no.zip")));
            QCOMPARE(exported.error().code, ErrorCode::Permission);
            QVERIFY(!QFile::exists(path(QStringLiteral("no.zip"))));
        }
        QCOMPARE(records(), before);
        {
            auto ledger = open(committee);
            QVERIFY(
                AccountService(*ledger).login(QStringLiteral("s-") + m_branch, m_password).ok());
            auto imported = PackageFiles::importPackage(*ledger, m_package);
            QVERIFY2(imported.ok() && imported->ok(), errorOf(imported).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "TestPackageFiles.moc"
