#include "report/DocumentFonts.h"

#include <QFontDatabase>
#include <QTest>

using namespace sl;

class TestDocumentFonts : public QObject
{
    Q_OBJECT

    static bool installed(const QString& family)
    {
        return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
    }

private slots:
    void notoMapsIdeographsToRadicals()
    {
        if (!installed(QStringLiteral("Noto Sans CJK SC")))
            QSKIP("Noto Sans CJK SC is not installed");
        QVERIFY(!DocumentFonts::extractsCleanly(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(!DocumentFonts::extractsCleanly(QStringLiteral("Noto Serif CJK SC")));
    }

    void arphicFacesExtractCleanly()
    {
        if (!installed(QStringLiteral("AR PL UMing CN")))
            QSKIP("AR PL UMing CN is not installed");
        QVERIFY(DocumentFonts::extractsCleanly(QStringLiteral("AR PL UMing CN")));
        if (installed(QStringLiteral("AR PL UKai CN")))
            QVERIFY(DocumentFonts::extractsCleanly(QStringLiteral("AR PL UKai CN")));
    }

    void missingFamilyIsNotClean()
    {
        QVERIFY(!DocumentFonts::extractsCleanly(QStringLiteral("No Such Face 42")));
    }

    void everyRoleGetsACleanFace()
    {
        // scripts/setup.sh installs fonts-arphic-uming: then no role falls back to Noto.
        for (auto role : {FontChain::Role::Body, FontChain::Role::Heading, FontChain::Role::Kai,
                          FontChain::Role::Title}) {
            const QString family = DocumentFonts::family(role);
            QVERIFY2(!family.isEmpty(), "no CJK face installed");
            QVERIFY2(DocumentFonts::extractsCleanly(family), qPrintable(family));
        }
        const QFont body = DocumentFonts::font(FontChain::Role::Body, 16);
        QCOMPARE(body.pointSizeF(), 16.0);
        QCOMPARE(body.families().value(0), DocumentFonts::family(FontChain::Role::Body));
        for (const QString& f : body.families())
            QVERIFY2(DocumentFonts::extractsCleanly(f), qPrintable(f));
    }
};

QTEST_MAIN(TestDocumentFonts)
#include "TestDocumentFonts.moc"
