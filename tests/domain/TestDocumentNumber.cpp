#include "domain/DocumentNumber.h"

#include <QTest>

using namespace sl;

class TestDocumentNumber : public QObject
{
    Q_OBJECT

private slots:
    void prefixFullYearAndSerialWithoutLeadingZeros()
    {
        QCOMPARE(documentNumber(QStringLiteral("X学通"), 2026, 3),
                 QStringLiteral("X学通〔2026〕3号"));
        QCOMPARE(documentNumber(QStringLiteral("X学通"), 2026, 12),
                 QStringLiteral("X学通〔2026〕12号"));
        QCOMPARE(documentNumber(QStringLiteral("区委学通"), 2027, 105),
                 QStringLiteral("区委学通〔2027〕105号"));
    }

    void noPrefix() { QCOMPARE(documentNumber({}, 2026, 1), QStringLiteral("〔2026〕1号")); }
};

QTEST_GUILESS_MAIN(TestDocumentNumber)
#include "TestDocumentNumber.moc"
