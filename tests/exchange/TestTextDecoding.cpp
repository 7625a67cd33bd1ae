#include "exchange/CsvReader.h"
#include "exchange/TextDecoding.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sl;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void gb18030BytesOfChineseNameDecode()
    {
        const QByteArray bytes = TextDecoding::encodeGb18030(QStringLiteral("张三"));
        QCOMPARE(bytes, QByteArray("\xD5\xC5\xC8\xFD"));
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("张三"));
        QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
    }

    void gb18030FourByteSequencesRoundTrip()
    {
        // U+2C029 (a rare name character) and an emoji need four-byte GB18030 sequences.
        const QString text = QStringLiteral("王\U0002C029,李四😀\r\n");
        const QByteArray bytes = TextDecoding::encodeGb18030(text);
        QCOMPARE(bytes.left(6), QByteArray("\xCD\xF5\x99\x31\x87\x39"));
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
        QCOMPARE(decoded->text, text);
    }

    void utf8BomIsDetectedAndStripped()
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("编号,姓名").toUtf8();
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Utf8Bom);
        QCOMPARE(decoded->text, QStringLiteral("编号,姓名"));
        QCOMPARE(decoded->text.at(0), QChar(u'编'));
    }

    void utf8WithoutBomIsUtf8()
    {
        const QString text = QStringLiteral("编号,姓名\n M001,张三　😀\n");
        const auto decoded = TextDecoding::decode(text.toUtf8());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Utf8);
        QCOMPARE(decoded->text, text);
    }

    void asciiAndEmptyAreUtf8()
    {
        const auto ascii = TextDecoding::decode("id,name\r\nM001,Zhang\r\n");
        QVERIFY(ascii.ok());
        QCOMPARE(ascii->encoding, TextEncoding::Utf8);
        QCOMPARE(ascii->text, QStringLiteral("id,name\r\nM001,Zhang\r\n"));

        const auto empty = TextDecoding::decode(QByteArray());
        QVERIFY(empty.ok());
        QCOMPARE(empty->encoding, TextEncoding::Utf8);
        QVERIFY(empty->text.isEmpty());
    }

    void truncatedUtf8AtEndIsNotUtf8()
    {
        // "张" is E5 BC A0 in UTF-8; cut after its first byte the file is not valid UTF-8,
        // and as GB18030 the final lone lead byte E5 is invalid too.
        QByteArray bytes = QStringLiteral("ab张").toUtf8();
        bytes.chop(2);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::Invalid);
        QVERIFY(decoded.error().message.contains(QStringLiteral("neither UTF-8 nor GB18030")));
    }

    void utf16IsRejected()
    {
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray("i\0d\0", 4);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(QStringLiteral("UTF-16")));

        const auto noBom = TextDecoding::decode(QByteArray("i\0d\0,\0", 6));
        QVERIFY(!noBom.ok());
        QVERIFY(noBom.error().message.contains(QStringLiteral("NUL")));
    }

    void invalidUtf8AfterBomIsAnError()
    {
        const auto decoded = TextDecoding::decode(QByteArray("\xEF\xBB\xBF\xD5\xC5"));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(QStringLiteral("byte order mark")));
    }

    void gb18030BomIsStripped()
    {
        const auto decoded =
            TextDecoding::decode(QByteArray("\x84\x31\x95\x33") + QByteArray("\xD5\xC5\xC8\xFD"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
        QCOMPARE(decoded->text, QStringLiteral("张三"));
    }

    void gb18030FileFromDisk()
    {
        const QString path = QStringLiteral(SL_TEST_DATA_DIR "/members-gb18030.csv");
        const auto decoded = TextDecoding::decodeFile(path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().text()));
        QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
        const auto table = CsvReader::parseTable(decoded->text);
        QVERIFY(table.ok());
        QCOMPARE(table->header.at(1), QStringLiteral("姓名"));
        QCOMPARE(table->rows.size(), std::size_t(4));
        QCOMPARE(table->rows[0].fields.at(1), QStringLiteral("张三"));
        QCOMPARE(table->rows[1].fields.at(7), QStringLiteral("宣传委员,组织委员"));
        QCOMPARE(table->rows[2].fields.at(1), QStringLiteral("王\U0002C029"));
        QCOMPARE(table->rows[3].fields.at(1), QStringLiteral("陈喆"));
        QCOMPARE(table->rows[3].line, 5);
    }

    void missingFileIsInvalidInput() // exit 2: the input is at fault
    {
        const auto decoded = TextDecoding::decodeFile(QStringLiteral("/nonexistent/x.csv"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::Invalid);
        QVERIFY(decoded.error().message.contains(QStringLiteral("/nonexistent/x.csv")));
    }

    // Encoding errors say where: line and byte offset of the first byte at fault.
    void encodingErrorsGiveLineAndByteOffset()
    {
        // Line 3 holds a byte that is neither UTF-8 nor a GB18030 lead byte (0xFF).
        const QByteArray bytes("id,name\nM1,ok\nM2,x\xFFy\n");
        DecodeFailure where;
        const auto decoded = TextDecoding::decode(
            bytes, [](QStringView) {}, &where);
        QVERIFY(!decoded.ok());
        QCOMPARE(where.line, 3);
        QCOMPARE(where.offset, qint64(18));
        QVERIFY2(where.error.message.contains(QStringLiteral("0xff")),
                 qPrintable(where.error.message));
        QVERIFY(decoded.error().message.startsWith(QStringLiteral("line 3, byte 18: ")));

        // A GB18030 file with one broken sequence late: the GB18030 position is given.
        QByteArray gb = TextDecoding::encodeGb18030(QStringLiteral("编号,姓名\r\nM1,张三\r\n"));
        const qint64 at = gb.size();
        gb += QByteArray("M2,\x81\x20\r\n");
        const auto bad = TextDecoding::decode(
            gb, [](QStringView) {}, &where);
        QVERIFY(!bad.ok());
        QCOMPARE(where.line, 3);
        QCOMPARE(where.offset, at + 3);
        QVERIFY(where.error.message.contains(QStringLiteral("GB18030")));

        const auto nul = TextDecoding::decode(
            QByteArray("a\nb\0c", 5), [](QStringView) {}, &where);
        QVERIFY(!nul.ok());
        QCOMPARE(where.line, 2);
        QCOMPARE(where.offset, qint64(3));
    }

    // Only the first BOM of the file is stripped: a U+FEFF right after it is text.
    void secondBomIsKept()
    {
        const auto decoded = TextDecoding::decode(QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("\uFEFFx"));
    }

    // The stream hands out the same text as the whole, across chunk borders that split
    // multi-byte characters.
    void streamedTextIsTheWholeText()
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("张三😀,%1\r\n").arg(i);
        for (const QByteArray& bytes : {text.toUtf8(), TextDecoding::encodeGb18030(text)}) {
            QString got;
            int pieces = 0;
            const auto decoded = TextDecoding::decode(bytes, [&](QStringView p) {
                got += p;
                ++pieces;
            });
            QVERIFY(decoded.ok());
            QVERIFY(pieces > 1);
            QCOMPARE(got, text);
        }
    }

    // Special files are refused at once: no hang on a FIFO, no reading /dev/zero into memory.
    void specialFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const auto fromFifo = TextDecoding::decodeFile(fifo);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!fromFifo.ok());
        QCOMPARE(fromFifo.error().code, ErrorCode::Invalid);
        QVERIFY2(fromFifo.error().message.contains(QStringLiteral("FIFO")),
                 qPrintable(fromFifo.error().message));

        const auto zero = TextDecoding::decodeFile(QStringLiteral("/dev/zero"));
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(QStringLiteral("character device")),
                 qPrintable(zero.error().message));

        const auto folder = TextDecoding::decodeFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QStringLiteral("folder")));
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(TextDecoding::maxFileBytes + 1)); // sparse: no disk space used
        big.close();
        const auto decoded = TextDecoding::decodeFile(big.fileName());
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::Invalid);
        QVERIFY(decoded.error().message.contains(QStringLiteral("larger than")));
    }

    void encodingNames()
    {
        QCOMPARE(TextDecoding::encodingName(TextEncoding::Gb18030), QStringLiteral("GB18030"));
        QCOMPARE(TextDecoding::encodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
        QCOMPARE(TextDecoding::encodingName(TextEncoding::Utf8Bom), QStringLiteral("UTF-8 (BOM)"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "TestTextDecoding.moc"
