#include "gui/common/UiLanguage.h"
#include "gui/selfstudy/SelfStudyTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sl;

class TestSelfStudyTableModel : public QObject
{
    Q_OBJECT

    static SelfStudyEntry entry(qint64 id, const Date& date, int minutes, const QString& material,
                                std::optional<Medium> medium, const QString& notes)
    {
        SelfStudyEntry e;
        e.id = id;
        e.memberId = 1;
        e.date = date;
        e.minutes = minutes;
        e.material = material;
        e.medium = medium;
        e.notes = notes;
        return e;
    }

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void showsEntriesWithTheirNotesCount()
    {
        SelfStudyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SelfStudyTableModel::ColumnCount));
        model.setEntries({entry(7, Date(2026, 3, 5), 90, QStringLiteral("《中国共产党章程》"),
                                Medium::Book, QStringLiteral("一　二😀")),
                          entry(3, Date(2026, 3, 1), 45, QStringLiteral("党员教育电视片"),
                                std::nullopt, QString())});
        QCOMPARE(model.rowCount(), 2);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, SelfStudyTableModel::Date), QStringLiteral("2026-03-05"));
        QCOMPARE(text(0, SelfStudyTableModel::Minutes), QStringLiteral("90"));
        QCOMPARE(text(0, SelfStudyTableModel::Material), QStringLiteral("《中国共产党章程》"));
        QCOMPARE(text(0, SelfStudyTableModel::Medium), QStringLiteral("书籍"));
        QCOMPARE(text(0, SelfStudyTableModel::NotesChars), QStringLiteral("3"));
        QCOMPARE(text(1, SelfStudyTableModel::Medium), QString());
        QCOMPARE(text(1, SelfStudyTableModel::NotesChars), QString());
        QCOMPARE(model.index(1, SelfStudyTableModel::Material).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("没有笔记"));
        QCOMPARE(model.index(0, 0).data(SelfStudyTableModel::EntryIdRole).toLongLong(), qint64(7));
        QCOMPARE(model.rowOfEntry(3), 1);
        QCOMPARE(model.rowOfEntry(99), -1);
        QCOMPARE(model.totalMinutes(), qint64(135));
        QCOMPARE(model.headerData(SelfStudyTableModel::NotesChars, Qt::Horizontal).toString(),
                 QStringLiteral("笔记（字）"));
        QVERIFY(!model.entryAt(2));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSelfStudyTableModel)
#include "TestSelfStudyTableModel.moc"
