#include "exchange/CsvReader.h"
#include "exchange/HeaderMap.h"

#include <QtTest>

using namespace sl;

namespace {

const std::vector<ColumnSpec> kMembers{
    {QStringLiteral("id"), QStringLiteral("编号"), QStringLiteral("id"), true},
    {QStringLiteral("name"), QStringLiteral("姓名"), QStringLiteral("name"), true},
    {QStringLiteral("gender"), QStringLiteral("性别"), QStringLiteral("gender"), false},
    {QStringLiteral("org_id"), QStringLiteral("所在党组织"), QStringLiteral("org_id"), true},
    {QStringLiteral("minutes"), QStringLiteral("时长(分钟)"), QStringLiteral("minutes"), false},
};

CsvTable table(const QString& text)
{
    auto t = CsvReader::parseTable(text);
    return t ? t.value() : CsvTable();
}

} // namespace

class TestHeaderMap : public QObject
{
    Q_OBJECT

private slots:
    void chineseAndEnglishNamesInAnyOrder()
    {
        const CsvTable t =
            table(QStringLiteral(" 所在党组织 ,NAME,编号,Gender\nB01, 张三 ,M001,男\n"));
        const HeaderMap map(kMembers, t);
        QVERIFY(map.ok());
        QCOMPARE(map.index(QStringLiteral("org_id")), 0);
        QCOMPARE(map.index(QStringLiteral("name")), 1);
        QCOMPARE(map.index(QStringLiteral("id")), 2);
        QCOMPARE(map.index(QStringLiteral("gender")), 3);
        QVERIFY(!map.has(QStringLiteral("minutes")));
        QCOMPARE(map.index(QStringLiteral("minutes")), -1);
        const CsvTable::Row& row = t.rows.at(0);
        QCOMPARE(map.value(row, QStringLiteral("name")), QStringLiteral("张三"));
        QCOMPARE(map.rawValue(row, QStringLiteral("name")), QStringLiteral(" 张三 "));
        QCOMPARE(map.value(row, QStringLiteral("id")), QStringLiteral("M001"));
        QCOMPARE(map.value(row, QStringLiteral("minutes")), QString());
        QCOMPARE(map.columnName(QStringLiteral("name")), QStringLiteral("NAME"));
        QCOMPARE(map.columnName(QStringLiteral("minutes")), QStringLiteral("时长(分钟)"));
    }

    void fullWidthParenthesesMatch()
    {
        const CsvTable t =
            table(QStringLiteral("编号,姓名,所在党组织,时长（分钟）\nM1,张三,B1,90\n"));
        const HeaderMap map(kMembers, t);
        QVERIFY(map.ok());
        QCOMPARE(map.value(t.rows.at(0), QStringLiteral("minutes")), QStringLiteral("90"));
    }

    void unknownColumnsAllowedOnlyWhenEmpty()
    {
        const CsvTable ok = table(QStringLiteral("编号,姓名,所在党组织,备注,\nM1,张三,B1, ,\n"));
        const HeaderMap okMap(kMembers, ok);
        QVERIFY(okMap.ok());
        QVERIFY(!okMap.has(QStringLiteral("备注")));

        const CsvTable bad =
            table(QStringLiteral("编号,姓名,所在党组织,备注,\nM1,张三,B1,,\nM2,李四,B1,有值,x\n"));
        const HeaderMap badMap(kMembers, bad);
        QCOMPARE(badMap.errors().size(), std::size_t(2));
        QCOMPARE(badMap.errors()[0].field, QStringLiteral("备注"));
        QVERIFY2(badMap.errors()[0].message.startsWith(QStringLiteral("unknown column")),
                 qPrintable(badMap.errors()[0].message));
        QVERIFY(badMap.errors()[0].message.contains(QStringLiteral("line 3")));
        QVERIFY(badMap.errors()[0].message.contains(QStringLiteral("编号/id")));
        QCOMPARE(badMap.errors()[1].field, QStringLiteral("column 5"));
        QVERIFY(badMap.errors()[1].message.contains(QStringLiteral("no header")));
        // The known columns are still mapped.
        QCOMPARE(badMap.value(bad.rows.at(1), QStringLiteral("name")), QStringLiteral("李四"));
    }

    void duplicateColumn()
    {
        const CsvTable t = table(QStringLiteral("编号,姓名,所在党组织,name\nM1,张三,B1,张三\n"));
        const HeaderMap map(kMembers, t);
        QCOMPARE(map.errors().size(), std::size_t(1));
        QCOMPARE(map.errors()[0].field, QStringLiteral("name"));
        QVERIFY(map.errors()[0].message.contains(QStringLiteral("twice")));
        QVERIFY(map.errors()[0].message.contains(QStringLiteral("columns 2 and 4")));
        QCOMPARE(map.index(QStringLiteral("name")), 1);
    }

    void missingRequiredColumns()
    {
        const CsvTable t = table(QStringLiteral("姓名,性别\n张三,男\n"));
        const HeaderMap map(kMembers, t);
        QCOMPARE(map.errors().size(), std::size_t(2));
        QCOMPARE(map.errors()[0].field, QStringLiteral("编号"));
        QCOMPARE(map.errors()[1].field, QStringLiteral("所在党组织"));
        QVERIFY(map.errors()[0].message.contains(QStringLiteral("missing")));
        QVERIFY(map.errors()[1].message.contains(QStringLiteral("org_id")));
    }

    void allProblemsAreReportedTogether()
    {
        const CsvTable t = table(QStringLiteral("姓名,name,extra\n张三,张三,1\n"));
        const HeaderMap map(kMembers, t);
        QStringList fields;
        for (const Error& e : map.errors())
            fields << e.field;
        QCOMPARE(fields, (QStringList{"name", "extra", "编号", "所在党组织"}));
    }

    void shortRowGivesEmptyValue()
    {
        CsvTable::Row row{5, {QStringLiteral("M1")}};
        const HeaderMap map(kMembers, {QStringLiteral("编号"), QStringLiteral("姓名")}, {row});
        QCOMPARE(map.value(row, QStringLiteral("id")), QStringLiteral("M1"));
        QCOMPARE(map.value(row, QStringLiteral("name")), QString());
    }

    void describeListsBothNames()
    {
        QCOMPARE(HeaderMap::describe({kMembers[0], kMembers[1]}),
                 QStringLiteral("编号/id, 姓名/name"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderMap)
#include "TestHeaderMap.moc"
