// The import wizard's support below the GUI: a header mapping made by hand, the dry run
// ("preview": the real import's checks and messages, always rolled back), progress and cancelling.

#include "support/RosterImport.h"
#include "support/TempLedger.h"

#include "exchange/FileFormat.h"
#include "exchange/ImportKind.h"
#include "services/RosterService.h"
#include "storage/AuditRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

namespace {

// Members whose name column is headed 人员姓名, which no spelling of the kind matches.
const char* const renamedMembers = "编号,人员姓名,性别,出生日期,入党日期,人员类别,所在党组织\n"
                                   "M201,周明,男,1980-01-02,2004-07-01,正式党员,B01\n"
                                   "M202,吴芳,女,1988-03-04,2012-07-01,正式党员,B01\n"
                                   "M203,郑强,男,1975-05-06,2000-07-01,正式党员,B01\n";

int memberCount(Ledger& ledger)
{
    return static_cast<int>(*RosterService(ledger).memberCount({}));
}

qint64 auditCount(Ledger& ledger)
{
    return *AuditRepository(ledger.db()).count();
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        f.write(bytes);
        return path;
    }

    static const FileFormat& members() { return *FileFormats::find(QStringLiteral("members")); }

    // A ledger with the organisations of tests/data/orgs.csv.
    static void addOrgs(Ledger& ledger)
    {
        auto in = FileFormats::find(QStringLiteral("orgs"))
                      ->read(ledger, testData(QStringLiteral("orgs.csv")));
        QVERIFY(in.ok() && in->ok());
    }

private slots:
    void aColumnMappedByHandIsRead()
    {
        const QString path = write(QStringLiteral("renamed.csv"), renamedMembers);
        const auto& columns = columnsOf(ImportKind::Members);
        auto plain = TableFile::read(path, columns);
        QVERIFY(plain.ok());
        QStringList texts;
        for (const FileProblem& p : plain->problems())
            texts << p.column;
        QVERIFY2(texts.contains(QStringLiteral("人员姓名")), qPrintable(texts.join(',')));
        QVERIFY2(texts.contains(QStringLiteral("姓名")), qPrintable(texts.join(',')));
        QCOMPARE(plain->header().index(QStringLiteral("name")), -1);

        auto mapped = TableFile::read(path, columns, {{1, QStringLiteral("name")}});
        QVERIFY(mapped.ok());
        QVERIFY(mapped->problems().empty());
        QCOMPARE(mapped->header().index(QStringLiteral("name")), 1);
        QCOMPARE(mapped->header().keyAt(1), QStringLiteral("name"));
        QCOMPARE(mapped->header().keyAt(0), QStringLiteral("id")); // still matched by its header
        QCOMPARE(mapped->header().columnName(QStringLiteral("name")), QStringLiteral("人员姓名"));
        QCOMPARE(mapped->header().value(mapped->table().rows.at(1), QStringLiteral("name")),
                 QStringLiteral("吴芳"));
    }

    void ignoringAColumnLeavesItsValuesOut()
    {
        const QString path = write(QStringLiteral("extra.csv"),
                                   "编号,姓名,备注,所在党组织\nM301,李四,随便写的,B01\n");
        const auto& columns = columnsOf(ImportKind::Members);
        auto plain = TableFile::read(path, columns);
        QCOMPARE(plain->problems().size(), size_t(1)); // 备注 is unknown and has a value
        QCOMPARE(plain->problems().front().column, QStringLiteral("备注"));
        auto ignored = TableFile::read(path, columns, {{2, HeaderMap::ignoreKey()}});
        QVERIFY(ignored->problems().empty());
        QCOMPARE(ignored->header().keyAt(2), QString());
    }

    void theMappingsOwnErrorsAreReported()
    {
        const QString path = write(QStringLiteral("renamed2.csv"), renamedMembers);
        const auto& columns = columnsOf(ImportKind::Members);
        // 人员姓名 → name twice: column 1 and column 0 (which was the id).
        auto twice = TableFile::read(path, columns,
                                     {{0, QStringLiteral("name")}, {1, QStringLiteral("name")}});
        QStringList messages;
        for (const FileProblem& p : twice->problems())
            messages << p.column + QStringLiteral(": ") + p.message;
        QVERIFY2(messages.filter(QStringLiteral("appears twice")).size() == 1,
                 qPrintable(messages.join('\n')));
        QVERIFY2(messages.filter(QStringLiteral("编号: required column is missing")).size() == 1,
                 qPrintable(messages.join('\n')));
        auto unknown = TableFile::read(path, columns, {{1, QStringLiteral("nickname")}});
        QVERIFY(!unknown->problems().empty());
        QVERIFY(unknown->problems().front().message.contains(QStringLiteral("nickname")));
    }

    void theDryRunChangesNothingAndFindsWhatTheImportFinds()
    {
        TempLedger ledger;
        addOrgs(*ledger);
        if (QTest::currentTestFailed())
            return;
        const int members0 = memberCount(*ledger);
        const qint64 audit0 = auditCount(*ledger);
        const QString bad = testData(QStringLiteral("members-bad.csv"));
        auto preview = members().preview(*ledger, bad);
        QVERIFY(preview.ok());
        QCOMPARE(memberCount(*ledger), members0);
        QCOMPARE(auditCount(*ledger), audit0);
        auto real = members().read(*ledger, bad);
        QVERIFY(real.ok());
        QVERIFY(!real->problems.empty());
        // The service's own errors (an unknown organisation) are there, not only the cells.
        QCOMPARE(problemTexts(*preview), problemTexts(*real));
        QVERIFY(problemTexts(*preview).filter(QStringLiteral("所在党组织")).size() == 1);
        QCOMPARE(memberCount(*ledger), members0);

        // A good file: the counts it would have are those the import then has.
        const QString good = write(QStringLiteral("good.csv"), renamedMembers);
        const ColumnOverrides byHand{{1, QStringLiteral("name")}};
        auto would = members().preview(*ledger, good, byHand);
        QVERIFY(would.ok() && would->ok());
        QCOMPARE(would->counts.added, 3);
        QCOMPARE(memberCount(*ledger), members0);
        QCOMPARE(auditCount(*ledger), audit0);
        ImportOptions options;
        options.mapping = byHand;
        auto did = members().import(*ledger, good, options);
        QVERIFY(did.ok() && did->ok());
        QCOMPARE(did->counts.added, would->counts.added);
        QCOMPARE(memberCount(*ledger), members0 + 3);
        QCOMPARE(auditCount(*ledger), audit0 + 1);
        auto again = members().preview(*ledger, good, byHand);
        QCOMPARE(again->counts.added, 0);
        QCOMPARE(again->counts.unchanged, 3);
    }

    void progressCountsEveryRowAndCancelChangesNothing()
    {
        TempLedger ledger;
        addOrgs(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QString path = write(QStringLiteral("progress.csv"), renamedMembers);
        const int members0 = memberCount(*ledger);
        CancelFlag cancel;
        std::vector<std::pair<int, int>> heard;
        ImportOptions options;
        options.mapping = {{1, QStringLiteral("name")}};
        options.cancel = &cancel;
        options.progress = [&](int done, int total) {
            heard.push_back({done, total});
            if (done == 2)
                cancel.cancel(); // after two rows
        };
        auto stopped = members().import(*ledger, path, options);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(memberCount(*ledger), members0);
        QVERIFY(heard.size() >= 3);
        QCOMPARE(heard.front(), std::make_pair(0, 3));
        QCOMPARE(heard.back().first, 2);

        heard.clear();
        CancelFlag never;
        options.cancel = &never;
        options.progress = [&](int done, int total) { heard.push_back({done, total}); };
        auto done = members().import(*ledger, path, options);
        QVERIFY(done.ok() && done->ok());
        QCOMPARE(heard.back(), std::make_pair(3, 3));
        QCOMPARE(memberCount(*ledger), members0 + 3);
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "TestImportPreview.moc"
