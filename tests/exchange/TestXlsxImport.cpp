// Importing workbooks written by other programs: openpyxl (shared, rich-text and inline strings,
// date cells in the 1900 and 1904 systems, numbers, booleans, error values, missing cells and
// rows or cells without a reference) and LibreOffice (tests/data/members-libreoffice.xlsx).
#include "support/RosterImport.h"
#include "support/TempLedger.h"
#include "support/XlsxFixtures.h"

#include "exchange/ActivityFiles.h"
#include "exchange/FieldParsers.h"
#include "exchange/FileFormat.h"
#include "exchange/RosterFiles.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestXlsxImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fixture(const char* name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".xlsx"));
        QString error;
        if (!xlsx_fixtures::write(QString::fromLatin1(name), path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static Member member(Ledger& ledger, const char* id)
    {
        auto m = RosterService(ledger).resolveMember(QString::fromUtf8(id));
        if (!m)
            qWarning("no member %s", id);
        return m ? *m : Member();
    }

private slots:
    void openpyxlMembers()
    {
        TempLedger ledger;
        importRoster(*ledger);
        auto result = FileFormats::find(QStringLiteral("members"))
                          ->read(*ledger, fixture("openpyxl-members"));
        QVERIFY(result.ok());
        QVERIFY2(result->ok(), qPrintable(problemTexts(*result).join(QLatin1Char('\n'))));
        QCOMPARE(result->counts.added, 3);
        const Member a = member(*ledger, "M201"); // A2: a shared string
        QCOMPARE(a.name, QStringLiteral("张明"));
        QCOMPARE(a.birthDate, Date(1980, 5, 17));         // a date cell, yyyy-mm-dd
        QCOMPARE(a.joinDate, Date(2001, 7, 1));           // a datetime cell, yyyy"年"m"月"d"日"
        QCOMPARE(a.position, QStringLiteral("是"));       // a boolean
        QCOMPARE(a.phone, QStringLiteral("13800138000")); // a number, not 1.38e10
        const Member b = member(*ledger, "M202");
        QCOMPARE(b.name, QStringLiteral("李华")); // an inline string
        QCOMPARE(b.birthDate, Date(1990, 12, 31));
        QVERIFY(b.joinDate.is_not_a_date()); // a missing cell
        QCOMPARE(b.position, QStringLiteral("否"));
        const Member c = member(*ledger, "M203"); // a row and a cell without `r`
        QCOMPARE(c.name, QStringLiteral("王五")); // rich text, without its phonetic run
        QCOMPARE(c.gender, std::optional(Gender::Female));
    }

    void openpyxl1904System()
    {
        TempLedger ledger;
        importRoster(*ledger);
        auto result = ActivityFiles::importFile(*ledger, ImportKind::SelfStudy,
                                                fixture("openpyxl-selfstudy-1904"));
        QVERIFY(result.ok());
        QVERIFY2(result->ok(), qPrintable(problemTexts(*result).join(QLatin1Char('\n'))));
        QCOMPARE(result->counts.added, 3);
        QStringList seen;
        const Status listed =
            SelfStudyService(*ledger).exportRows(ActivityFilter{}, [&](const SelfStudyRow& r) {
                seen << QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(r.memberExtId, FieldParsers::formatDate(r.entry.date))
                            .arg(r.entry.minutes)
                            .arg(r.entry.material, r.entry.notes);
                return Status();
            });
        QVERIFY(listed.ok());
        seen.sort();
        QCOMPARE(seen, QStringList({QStringLiteral("M001 2026-03-05 45 党章 001"),
                                    QStringLiteral("M001 2026-03-06 30 条例 12.5"),
                                    QStringLiteral("M002 2026-01-31 120 =不是公式 ")}));
    }

    void errorValuesAndBadCellsNameTheirCell()
    {
        TempLedger ledger;
        importRoster(*ledger);
        const QString path = fixture("openpyxl-errors");
        auto result = RosterFiles::importFile(*ledger, ImportKind::Members, path);
        QVERIFY(result.ok());
        QVERIFY(!result->ok());
        QCOMPARE(result->counts.added, 0);
        const QStringList texts = problemTexts(*result);
        QVERIFY2(
            texts.contains(
                path + QStringLiteral(":名单!D2: 出生日期: the cell holds the error value #N/A")),
            qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(
            path + QStringLiteral(":名单!H4: 职务: the cell holds the error value #DIV/0!")));
        // A cell that does not parse, in a sheet without error values (these stop the import
        // before the rows are read, as a broken CSV file does).
        const QString badDate = fixture("openpyxl-bad-date");
        auto parsed = RosterFiles::importFile(*ledger, ImportKind::Members, badDate);
        QVERIFY(parsed.ok());
        QCOMPARE(
            problemTexts(*parsed),
            QStringList(badDate + QStringLiteral(":名单!D3: 出生日期: no such date: 1985-02-30")));
        // Nothing went in.
        QVERIFY(!RosterService(*ledger).resolveMember(QStringLiteral("M302")).ok());
    }

    void libreOfficeMembers()
    {
        // tests/data/members-libreoffice.xlsx was made from members-libreoffice.fods (date cells
        // with a yyyy-mm-dd style, a phone number as a number) by LibreOffice 7:
        //   soffice --headless --convert-to xlsx members-libreoffice.fods
        TempLedger ledger;
        importRoster(*ledger);
        auto result = RosterFiles::importFile(*ledger, ImportKind::Members,
                                              testData(QStringLiteral("members-libreoffice.xlsx")));
        QVERIFY(result.ok());
        QVERIFY2(result->ok(), qPrintable(problemTexts(*result).join(QLatin1Char('\n'))));
        QCOMPARE(result->counts.added, 3);
        const Member a = member(*ledger, "001");
        QCOMPARE(a.name, QStringLiteral("赵六"));
        QCOMPARE(a.birthDate, Date(1985, 3, 12));
        QCOMPARE(a.joinDate, Date(2010, 7, 1));
        QCOMPARE(a.phone, QStringLiteral("13912345678"));
        const Member b = member(*ledger, "M102");
        QCOMPARE(b.birthDate, Date(1953, 9, 30));
        QCOMPARE(b.joinDate, Date(2021, 2, 28));
        QVERIFY(!b.gender.has_value());
        QCOMPARE(member(*ledger, "M103").phone, QStringLiteral("010-12345678"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "TestXlsxImport.moc"
