#include "report/FontChain.h"
#include "report/OfficialPage.h"

#include <QFontDatabase>
#include <QTest>

using namespace sl;

class TestFontChain : public QObject
{
    Q_OBJECT

private slots:
    void pageGeometryAddsUpToA4()
    {
        QCOMPARE(OfficialPage::textBlockMm(), QSizeF(156.0, 225.0));
        // 28 characters of 3号 fit a line: the pitch is close to 16 pt.
        QVERIFY(qAbs(OfficialPage::characterPitchPt() - 15.7) < 0.1);
        QVERIFY(OfficialPage::linePitchPt() > OfficialPage::bodyPointSize);
    }

    void picksTheFirstInstalledCandidate()
    {
        const QStringList installed = {QStringLiteral("DejaVu Sans"),
                                       QStringLiteral("Noto Serif CJK SC"),
                                       QStringLiteral("AR PL UMing CN")};
        QCOMPARE(FontChain::pick(FontChain::Role::Body, installed),
                 QStringLiteral("AR PL UMing CN"));
        QCOMPARE(FontChain::pick(FontChain::Role::Title, installed),
                 QStringLiteral("Noto Serif CJK SC"));
        QCOMPARE(FontChain::pick(FontChain::Role::Kai, {QStringLiteral("DejaVu Sans")}), QString());
    }

    void thisMachineHasABodyFace()
    {
        // scripts/setup.sh installs fonts-arphic-uming and fonts-noto-cjk.
        const QString body = FontChain::pickInstalled(FontChain::Role::Body);
        QVERIFY2(!body.isEmpty(), qPrintable(QFontDatabase::families().join(QLatin1Char(','))));
    }
};

QTEST_MAIN(TestFontChain)
#include "TestFontChain.moc"
