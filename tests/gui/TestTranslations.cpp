#include "support/TempLedger.h"

#include "gui/common/UiLanguage.h"

#include "domain/Period.h"
#include "domain/RosterRules.h"
#include "domain/Rubric.h"
#include "services/ArchiveService.h"
#include "services/RosterService.h"

#include <QApplication>
#include <QTest>

using namespace sl;

// The Chinese interface shows the messages of the domain and the services in Chinese: the
// runtime translation contexts match the ones lupdate files the strings under.
class TestTranslations : public QObject
{
    Q_OBJECT

    static bool isChinese(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void domainRulesAreTranslated()
    {
        Member m;
        m.extId = QStringLiteral("M1");
        m.orgId = 1;
        const auto problems = rules::checkMember(m, Date(2026, 1, 1));
        QVERIFY(!problems.empty());
        QVERIFY2(isChinese(problems.front().message), qPrintable(problems.front().message));

        Rubric rubric;
        rubric.hoursTarget = 0;
        const auto rubricProblems = rubric.problems();
        QVERIFY(!rubricProblems.empty());
        QVERIFY2(isChinese(rubricProblems.front().message),
                 qPrintable(rubricProblems.front().message));
    }

    void serviceMessagesAreTranslated()
    {
        TempLedger ledger;
        auto missing = RosterService(*ledger).resolveOrg(QStringLiteral("X99"));
        QVERIFY(!missing.ok());
        QVERIFY2(isChinese(missing.error().message), qPrintable(missing.error().message));
        auto archive = ArchiveService(*ledger).archive(99999, 2026);
        QVERIFY(!archive.ok());
        QVERIFY2(isChinese(archive.error().message), qPrintable(archive.error().message));
        // A message written with a translation context of its own.
        const Period twoYears{Date(2025, 12, 1), Date(2026, 1, 31)};
        const Status period = twoYears.checkWithinOneYear();
        QVERIFY(!period.ok());
        QVERIFY2(isChinese(period.error().message), qPrintable(period.error().message));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
