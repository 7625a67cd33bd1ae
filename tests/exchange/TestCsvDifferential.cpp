#include "exchange/CsvReader.h"
#include "exchange/TextDecoding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sl;

// CsvReader against Python's csv module (the reference reader of the differential test): the
// same records for a few thousand random files with quotes, doubled quotes, text after a closing
// quote, CR/LF/CRLF inside and between records, blank lines; an error where Python's strict
// reader finds a quote that is never closed.
class TestCsvDifferential : public QObject
{
    Q_OBJECT

private slots:
    void sameRecordsAsPythonCsv_data()
    {
        QTest::addColumn<int>("seed");
        QTest::newRow("seed 1") << 1;
        QTest::newRow("seed 2") << 2;
        QTest::newRow("seed 3") << 3;
    }

    void sameRecordsAsPythonCsv()
    {
        QFETCH(int, seed);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        QProcess p;
        p.start(python, {QStringLiteral(SL_TEST_DATA_DIR "/../exchange/csv_reference.py"),
                         QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--cases"),
                         QStringLiteral("1500"), QStringLiteral("--out"), dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        QFile expectedFile(dir.filePath(QStringLiteral("expected.json")));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(expectedFile.readAll()).array();
        QCOMPARE(cases.size(), 1500);
        int errors = 0;
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            QFile in(dir.filePath(c.value(QStringLiteral("file")).toString()));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            // As an import reads a file: decoded (the one BOM stripped), then parsed as a stream.
            const auto decoded = TextDecoding::decode(bytes);
            QVERIFY(decoded.ok());
            std::vector<CsvTable::Row> rows;
            CsvReader reader([&](CsvTable::Row&& row) { rows.push_back(std::move(row)); });
            reader.feed(decoded->text);
            const bool closed = !reader.finish();
            const std::vector<CsvTable::Row>* parsed = &rows;
            const QString where = c.value(QStringLiteral("file")).toString() +
                                  QStringLiteral(": ") +
                                  QString::fromUtf8(bytes.toPercentEncoding());
            if (c.contains(QStringLiteral("error"))) {
                QVERIFY2(c.value(QStringLiteral("error")).toBool(), qPrintable(where));
                QVERIFY2(!closed, qPrintable(where));
                ++errors;
                continue;
            }
            QVERIFY2(closed, qPrintable(where));
            const QJsonArray records = c.value(QStringLiteral("records")).toArray();
            QVERIFY2(std::size_t(records.size()) == parsed->size(), qPrintable(where));
            for (qsizetype r = 0; r < records.size(); ++r) {
                QStringList fields;
                for (const QJsonValue& f : records.at(r).toArray())
                    fields << f.toString();
                const QStringList& got = (*parsed)[std::size_t(r)].fields;
                QVERIFY2(
                    got == fields,
                    qPrintable(where + QStringLiteral("\nrecord %1: CsvReader [%2], Python [%3]")
                                           .arg(r)
                                           .arg(got.join(QStringLiteral("|")),
                                                fields.join(QStringLiteral("|")))));
            }
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvDifferential)
#include "TestCsvDifferential.moc"
