#include "exchange/FileImport.h"
#include "exchange/ImportKind.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sl;

class TestFileImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void driverSuffixIsStripped()
    {
        const Error e = withoutDriverText(Error::database(
            QStringLiteral("CHECK constraint failed: ext_id <> '' Unable to fetch row")));
        QCOMPARE(e.code, ErrorCode::Database);
        QCOMPARE(e.message, QStringLiteral("CHECK constraint failed: ext_id <> ''"));
        QCOMPARE(withoutDriverText(Error::database(QStringLiteral("Unable to fetch row"))).message,
                 QStringLiteral("the database refused the change"));
        QCOMPARE(withoutDriverText(Error::database(QStringLiteral("disk I/O error\nUnable to "
                                                                  "execute statement")))
                     .message,
                 QStringLiteral("disk I/O error"));
    }

    void problemTextIsOneLine()
    {
        const FileProblem p{QStringLiteral("f.csv"), 3, QStringLiteral("名\n称"),
                            QStringLiteral("bad \x1b[31mred\x1b[0m\r\nvalue")};
        QCOMPARE(p.text(), QStringLiteral("f.csv:3: 名\\n称: bad \\x1b[31mred\\x1b[0m\\r\\nvalue"));
    }

    void parseProblemsCarryTheirLine()
    {
        const auto& columns = columnsOf(ImportKind::Orgs);
        const QString open = write(QStringLiteral("open.csv"), "id,name\nB1,x\n\nB2,\"y\nB3,z\n");
        auto file = TableFile::read(open, columns);
        QVERIFY(file.ok());
        QCOMPARE(file->problems().size(), std::size_t(1));
        QCOMPARE(file->problems()[0].line, 4);
        QCOMPARE(file->problems()[0].text(),
                 open + QStringLiteral(":4: a quoted field starts here but its closing quote "
                                       "(\") is missing"));

        const QString bytes = write(QStringLiteral("bytes.csv"), "id,name\nB1,\xC3(\n");
        file = TableFile::read(bytes, columns);
        QVERIFY(file.ok());
        QCOMPARE(file->problems().size(), std::size_t(1));
        QVERIFY2(file->problems()[0].text().startsWith(bytes + QStringLiteral(":2: byte 11: ")),
                 qPrintable(file->problems()[0].text()));
    }
};

QTEST_GUILESS_MAIN(TestFileImport)
#include "TestFileImport.moc"
