#include "support/RosterImport.h"
#include "support/TempLedger.h"

#include "exchange/ActivityFiles.h"
#include "exchange/CsvBytes.h"
#include "exchange/CsvFileWriter.h"
#include "exchange/CsvWriter.h"
#include "exchange/FieldParsers.h"
#include "exchange/ImportKind.h"
#include "exchange/RosterFiles.h"
#include "exchange/StoredText.h"
#include "services/Clock.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sl;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename E> QString zhOf(const std::optional<E>& v)
{
    return v ? enumZh(*v) : QString();
}

// Cells that exercise every rule of CsvWriter: formula triggers, white space (ASCII, U+3000,
// U+00A0) at either end, quotes, separators, line breaks, characters outside the BMP, blanks.
const QStringList awkward{
    QString(),
    QStringLiteral("plain 文字"),
    QStringLiteral("=SUM(A1)"),
    QStringLiteral("-12"),
    QStringLiteral("+86 138"),
    QStringLiteral("@home"),
    QStringLiteral("'quoted"),
    QStringLiteral("\tlead tab"),
    QStringLiteral("- trailing "),
    QStringLiteral(" lead"),
    QStringLiteral("trail "),
    QStringLiteral("　　缩进"),
    QStringLiteral("尾随　"),
    QString(QChar(0x00A0)) + QStringLiteral("nbsp"),
    QStringLiteral("a,b"),
    QStringLiteral("say \"hi\""),
    QStringLiteral("line\nbreak"),
    QStringLiteral("cr\rhere"),
    QStringLiteral("😀 emoji 𠀀"),
    QStringLiteral("   "),
    QStringLiteral("　"),
};

} // namespace

// The whole-table exports write the stored text straight into the file (csvbytes, storedtext):
// the bytes must be those the domain values give through CsvWriter, cell for cell and file for
// file (FORMATS.md is a contract).
class TestExportBytes : public QObject
{
    Q_OBJECT

private slots:
    void recordBytesMatchCsvWriter()
    {
        // Every cell alone, every pair, and rows of blanks.
        std::vector<QStringList> rows;
        for (const QString& a : awkward) {
            rows.push_back({a});
            for (const QString& b : awkward)
                rows.push_back({a, b});
        }
        rows.push_back({QString(), QString(), QString()});
        rows.push_back({QString(), QStringLiteral(" "), QStringLiteral("　")});
        rows.push_back({QStringLiteral(" "), QString()});
        for (const QStringList& row : rows) {
            std::vector<QByteArray> utf8;
            for (const QString& cell : row)
                utf8.push_back(cell.toUtf8());
            const std::vector<QByteArrayView> views(utf8.begin(), utf8.end());
            QByteArray bytes;
            csvbytes::appendRecord(bytes, views);
            QCOMPARE(bytes, CsvWriter::formatRecord(row).toUtf8());
        }
    }

    void storedValuesAsTheDomainWritesThem()
    {
        QByteArray scratch;
        for (const char* stored : {"2025-03-01", "", "2025-02-30", "2025-3-1", "abcd-ef-gh",
                                   "2024-02-29", "2025-03-01x"}) {
            const QString text = QString::fromUtf8(stored);
            const QString expected = dates::toIso(dates::fromIso(text).value_or(Date()));
            QCOMPARE(QString::fromUtf8(storedtext::isoDate(QByteArrayView(stored), scratch)),
                     expected);
        }
        for (const char* stored : {"90", "0", "-5", "", "007", "-0", "12345678901", "x"}) {
            const QString expected = QString::number(QByteArray(stored).toInt());
            QCOMPARE(QString::fromUtf8(storedtext::integer(QByteArrayView(stored), scratch)),
                     expected);
        }
        QCOMPARE(storedtext::zhOfCode<Gender>("female"),
                 QByteArrayView(enumZh(Gender::Female).toUtf8()));
        QVERIFY(storedtext::zhOfCode<Gender>("nonsense").isEmpty());
        QCOMPARE(storedtext::zhOfCode(QByteArrayView(), CadreLevel::NotCadre),
                 QByteArrayView(enumZh(CadreLevel::NotCadre).toUtf8()));
    }

    // The members and self-study exports of a ledger with awkward values, byte for byte against
    // the same rows read as domain values and written through CsvWriter.
    void exportsAreTheDomainsBytes()
    {
        Clock::setToday(Date(2026, 12, 31));
        TempLedger ledger;
        QVERIFY(ledger.isOpen());
        importRoster(*ledger);
        RosterService roster(*ledger);
        auto template_ = roster.resolveMember(QStringLiteral("M001"));
        QVERIFY(template_.ok());
        for (int i = 0; i < awkward.size(); ++i) {
            Member m = *template_;
            m.id = 0;
            m.extId = QStringLiteral("X%1").arg(i, 3, 10, QLatin1Char('0'));
            m.name = QStringLiteral("名%1").arg(i);
            // A position is one line without tabs (the notes of the self-study file have both).
            m.position = awkward[i].contains(QRegularExpression(QStringLiteral("[\\t\\r\\n]")))
                             ? QStringLiteral("\"引号\", 逗号")
                             : awkward[i];
            m.phone = i % 3 ? QString() : QStringLiteral("+86 138 0000");
            m.birthDate = i % 2 ? Date() : Date(1980, 1 + i % 12, 1 + i);
            m.gender = i % 3 ? std::optional<Gender>(Gender::Male) : std::nullopt;
            auto saved = roster.saveMember(m);
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().text()));
        }
        QVERIFY(ActivityFiles::importFile(*ledger, ImportKind::SelfStudy,
                                          testData(QStringLiteral("selfstudy-2026.csv")))
                    .ok());

        const QString members = ledger.file(QStringLiteral("members.csv"));
        auto written = RosterFiles::exportFile(*ledger, ImportKind::Members, members, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
        QCOMPARE(*written, 4 + int(awkward.size()));
        QByteArray expected = "\xEF\xBB\xBF";
        expected += (CsvWriter::formatRecord(headerOf(ImportKind::Members)) + "\r\n").toUtf8();
        QVERIFY(roster
                    .scanMembers({},
                                 [&](const MemberRow& r) {
                                     const Member& m = r.member;
                                     expected += (CsvWriter::formatRecord(
                                                      {m.extId, m.name, zhOf(m.gender),
                                                       FieldParsers::formatDate(m.birthDate),
                                                       FieldParsers::formatDate(m.joinDate),
                                                       zhOf(m.category), r.orgExtId, m.position,
                                                       enumZh(m.cadreLevel), m.phone}) +
                                                  "\r\n")
                                                     .toUtf8();
                                     return Status();
                                 })
                    .ok());
        QCOMPARE(readAll(members), expected);

        const QString selfStudy = ledger.file(QStringLiteral("selfstudy.csv"));
        written = ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, selfStudy, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
        QVERIFY(*written > 0);
        expected = "\xEF\xBB\xBF";
        expected += (CsvWriter::formatRecord(headerOf(ImportKind::SelfStudy)) + "\r\n").toUtf8();
        QVERIFY(SelfStudyService(*ledger)
                    .exportRows({},
                                [&](const SelfStudyRow& r) {
                                    const SelfStudyEntry& e = r.entry;
                                    expected +=
                                        (CsvWriter::formatRecord(
                                             {r.memberExtId, FieldParsers::formatDate(e.date),
                                              QString::number(e.minutes), e.material,
                                              zhOf(e.medium), e.notes}) +
                                         "\r\n")
                                            .toUtf8();
                                    return Status();
                                })
                    .ok());
        QCOMPARE(readAll(selfStudy), expected);
    }
};

QTEST_MAIN(TestExportBytes)
#include "TestExportBytes.moc"
