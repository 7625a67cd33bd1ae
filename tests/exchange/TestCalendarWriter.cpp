#include "support/TempLedger.h"

#include "exchange/CalendarWriter.h"
#include "exchange/RosterFiles.h"
#include "exchange/SessionFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace sl;

// The iCalendar file of `calendar`: RFC 5545 folding and escaping, and a parse by a real
// iCalendar parser (Python's icalendar, Debian package python3-icalendar).
class TestCalendarWriter : public QObject
{
    Q_OBJECT

    static void importYear(Ledger& ledger)
    {
        const std::pair<ImportKind, const char*> roster[] = {
            {ImportKind::Orgs, "orgs.csv"},
            {ImportKind::Members, "members-gb18030.csv"},
            {ImportKind::Groups, "groups-en.csv"},
            {ImportKind::GroupMembers, "group-members.csv"},
        };
        for (const auto& [kind, name] : roster)
            QVERIFY(
                RosterFiles::importFile(ledger, kind, testData(QString::fromLatin1(name)))->ok());
        QVERIFY(SessionFiles::importFile(ledger, ImportKind::Plans,
                                         testData(QStringLiteral("plans-2026.csv")))
                    ->ok());
        QVERIFY(SessionFiles::importFile(ledger, ImportKind::Sessions,
                                         testData(QStringLiteral("sessions-2026.csv")))
                    ->ok());
    }

    // Debian's interpreter, which python3-icalendar installs into (a python3 found first on
    // PATH may be another one).
    static QString python()
    {
        return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QStringLiteral("python3");
    }

    // Parses the file with icalendar and prints, per VEVENT: UID, DTSTART (ISO), SUMMARY,
    // STATUS, LOCATION, separated by tabs.
    static QStringList parse(const QString& path, QString* error)
    {
        const QString script = QStringLiteral(
            "import sys, icalendar\n"
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "for e in cal.walk('VEVENT'):\n"
            "    print('\\t'.join([str(e['UID']), e.decoded('DTSTART').isoformat(),\n"
            "        str(e['SUMMARY']), str(e.get('STATUS', '')), str(e.get('LOCATION', ''))]))\n");
        QProcess p;
        p.setProgram(python());
        p.setArguments({QStringLiteral("-c"), script, path});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError()) +
                     QStringLiteral(" (is python3-icalendar installed? scripts/setup.sh)");
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void escapesText()
    {
        QCOMPARE(CalendarWriter::escapeText(QStringLiteral("a,b;c\\d\r\ne\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(CalendarWriter::escapeText(QStringLiteral("集体学习：主题")),
                 QStringLiteral("集体学习：主题"));
    }

    void foldsAtSeventyFiveOctetsWithoutSplittingCharacters()
    {
        const QByteArray line = (QStringLiteral("SUMMARY:") + QString(40, QChar(0x5b66))).toUtf8();
        const QByteArray folded = CalendarWriter::foldLine(line);
        const QList<QByteArray> parts = folded.split('\n');
        QCOMPARE(parts.last(), QByteArray()); // ends in CRLF
        for (int i = 0; i + 1 < parts.size(); ++i) {
            QVERIFY(parts[i].endsWith('\r'));
            QVERIFY(parts[i].size() - 1 <= 75);
            if (i > 0)
                QVERIFY(parts[i].startsWith(' '));
            QVERIFY(!QString::fromUtf8(parts[i]).contains(QChar::ReplacementCharacter));
        }
        // Unfolding gives the line back.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
        QCOMPARE(CalendarWriter::foldLine("VERSION:2.0"), QByteArray("VERSION:2.0\r\n"));
    }

    void calendarParsesWithARealParser()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QString path = ledger.file(QStringLiteral("c01.ics"));
        CalendarScope scope;
        scope.groupRef = QStringLiteral("G-C01");
        scope.year = 2026;
        auto written = CalendarWriter::writeFile(
            *ledger, scope, path, QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC));
        QVERIFY(written.ok());
        QCOMPARE(*written, 12);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        for (const QByteArray& l : bytes.split('\n'))
            QVERIFY2(l.size() <= 76, l.constData()); // 75 octets + CR
        QVERIFY(bytes.contains("DTSTAMP:20261126T080000Z\r\n"));
        QVERIFY(bytes.contains("DTSTART;TZID=Asia/Shanghai:20260113T143000\r\n"));
        QVERIFY(bytes.contains("DTEND;TZID=Asia/Shanghai:20260113T160000\r\n"));

        QString error;
        const QStringList events = parse(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 12);
        const QStringList first = events.front().split(QLatin1Char('\t'));
        QCOMPARE(first.value(0), QStringLiteral("C2601@studyledger"));
        QCOMPARE(first.value(1), QStringLiteral("2026-01-13T14:30:00+08:00"));
        QCOMPARE(first.value(2), QStringLiteral("集体学习：学习党的二十大精神"));
        QCOMPARE(first.value(3), QStringLiteral("CONFIRMED"));
        QCOMPARE(first.value(4), QStringLiteral("机关第一会议室"));
        const QStringList seventh = events.at(6).split(QLatin1Char('\t'));
        QCOMPARE(seventh.value(2), QStringLiteral("主题党日：建党105周年：初心使命"));

        // Written again, the same sessions keep their UIDs.
        QVERIFY(CalendarWriter::writeFile(*ledger, scope, path).ok());
        QCOMPARE(parse(path, &error).front().split(QLatin1Char('\t')).value(0),
                 QStringLiteral("C2601@studyledger"));
    }

    void cancelledSessionsOnlyWhenAsked()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QString path = ledger.file(QStringLiteral("d01.ics"));
        CalendarScope scope;
        scope.orgRef = QStringLiteral("D01");
        auto written = CalendarWriter::writeFile(*ledger, scope, path);
        QCOMPARE(*written, 16); // 17 sessions, one cancelled
        scope.includeCancelled = true;
        written = CalendarWriter::writeFile(*ledger, scope, path);
        QCOMPARE(*written, 17);
        QString error;
        const QStringList events = parse(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 17);
        bool cancelled = false;
        for (const QString& e : events) {
            const QStringList f = e.split(QLatin1Char('\t'));
            if (f.value(0) == QLatin1String("B2607@studyledger")) {
                QCOMPARE(f.value(1), QStringLiteral("2026-07-01")); // all day: no start time
                QCOMPARE(f.value(3), QStringLiteral("CANCELLED"));
                cancelled = true;
            }
        }
        QVERIFY(cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCalendarWriter)
#include "TestCalendarWriter.moc"
