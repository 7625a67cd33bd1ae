#include "storage/TextBlocks.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace sl;

// TextBlocks decodes many short texts into shared blocks: each string must read exactly as
// QString::fromUtf8's, end with a zero, outlive the blocks' owner and change on its own.
class TestTextBlocks : public QObject
{
    Q_OBJECT

    static bool endsWithZero(const QString& s) { return s.utf16()[s.size()] == 0; }

private slots:
    void decodesAsFromUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("number") << QByteArray("M0058643");
        QTest::newRow("chinese") << QByteArray("施珊娜");
        QTest::newRow("outside the BMP") << QByteArray("学\xF0\x9F\x98\x80习");
        QTest::newRow("invalid byte") << QByteArray("a\xFF"
                                                    "b");
        QTest::newRow("cut sequence") << QByteArray("name\xE5\xAD");
        QTest::newRow("initial BOM") << QByteArray("\xEF\xBB\xBF"
                                                   "x");
        QTest::newRow("control and markup") << QByteArray("<b>\x01=SUM(A1)</b>");
        QTest::newRow("long") << QByteArray(5000, 'z');
    }

    void decodesAsFromUtf8()
    {
        QFETCH(QByteArray, utf8);
        TextBlocks blocks;
        blocks.decode("before"); // not the block's first text
        const QString s = blocks.decode(utf8);
        QCOMPARE(s, QString::fromUtf8(utf8));
        QCOMPARE(s.size(), QString::fromUtf8(utf8).size());
        QVERIFY(endsWithZero(s));
    }

    void keepsNullAndEmptyApart()
    {
        TextBlocks blocks;
        QVERIFY(blocks.decode(QByteArrayView()).isNull());
        const QString empty = blocks.decode(QByteArrayView("", 0));
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.isNull(), QString::fromUtf8(QByteArrayView("", 0)).isNull());
    }

    void sharesBlocksAndOutlivesThem()
    {
        std::vector<QString> texts;
        std::vector<QByteArray> sources;
        {
            TextBlocks blocks;
            for (int i = 0; i < 30000; ++i) {
                sources.push_back(
                    QStringLiteral("党员%1-%2").arg(i).arg(QString(i % 17, u'学')).toUtf8());
                texts.push_back(blocks.decode(sources.back()));
            }
        } // the blocks' owner is gone; the strings keep their blocks
        for (size_t i = 0; i < texts.size(); ++i) {
            QCOMPARE(texts[i], QString::fromUtf8(sources[i]));
            QVERIFY(endsWithZero(texts[i]));
        }
        // Neighbours share a block: a few dozen allocations, not one per text.
        int blocks = 1;
        for (size_t i = 1; i < texts.size(); ++i)
            blocks += texts[i].data_ptr().d_ptr() != texts[i - 1].data_ptr().d_ptr();
        QVERIFY2(blocks < 100, qPrintable(QString::number(blocks)));
    }

    void aFewTextsKeepASmallBlock()
    {
        QString kept;
        {
            TextBlocks blocks;
            kept = blocks.decode("M0001");
            blocks.decode("张三");
        }
        QCOMPARE(kept, QStringLiteral("M0001"));
        QVERIFY2(kept.data_ptr().constAllocatedCapacity() <= 1024,
                 qPrintable(QString::number(kept.data_ptr().constAllocatedCapacity())));
    }

    void changesDetachFromNeighbours()
    {
        TextBlocks blocks;
        QString first = blocks.decode("abc");
        QString middle = blocks.decode("def");
        const QString last = blocks.decode("ghi");
        first.append(QStringLiteral("XYZ"));
        middle[0] = u'D';
        middle.prepend(u'>');
        QCOMPARE(first, QStringLiteral("abcXYZ"));
        QCOMPARE(middle, QStringLiteral(">Def"));
        QCOMPARE(last, QStringLiteral("ghi"));
    }

    void theLastOwnerOfABlockChangesIt()
    {
        // Alone in its block, a string may grow in place or be reallocated: it must stay whole.
        for (int keep = 0; keep < 3; ++keep) {
            QString kept;
            {
                TextBlocks blocks;
                std::vector<QString> all{blocks.decode("one"), blocks.decode("two"),
                                         blocks.decode("three")};
                kept = all[size_t(keep)];
            }
            const QString before(kept.constData(), kept.size()); // a copy of its own
            kept.append(QString(100000, u'+'));
            QCOMPARE(kept.left(before.size()), before);
            QCOMPARE(kept.size(), before.size() + 100000);
            kept.squeeze();
            kept.chop(100000);
            kept.squeeze();
            QCOMPARE(kept, before);
            QVERIFY(endsWithZero(kept));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextBlocks)
#include "TestTextBlocks.moc"
