#include "BulletinSample.h"

#include "domain/BulletinText.h"
#include "domain/BulletinWording.h"

#include <QTest>

using namespace sl;

namespace {

QString joinedText(const BulletinParagraphs& paragraphs)
{
    QStringList out;
    for (const BulletinParagraph& p : paragraphs)
        out << p.text;
    return out.join(QLatin1Char('\n'));
}

BulletinData emptyGroup()
{
    BulletinData d;
    d.scope.ref = ScopeRef::group(1);
    d.scope.name = QStringLiteral("新建学习组");
    d.issuingOrgName = QStringLiteral("第九党支部");
    d.period = Period::year(2026);
    return d;
}

} // namespace

class TestBulletinText : public QObject
{
    Q_OBJECT

private slots:
    void wordingOfFigures()
    {
        QCOMPARE(wording::percent(0.9347), QStringLiteral("93.5%"));
        QCOMPARE(wording::percentOf(1, 3), QStringLiteral("33.3%"));
        QCOMPARE(wording::percentOf(0, 0), QStringLiteral("0.0%"));
        QCOMPARE(wording::hours(1234), QStringLiteral("20.6"));
        QCOMPARE(wording::hours(0), QStringLiteral("0.0"));
        QCOMPARE(wording::characters(4500), QStringLiteral("4500字"));
        QCOMPARE(wording::characters(9999), QStringLiteral("9999字"));
        QCOMPARE(wording::characters(10000), QStringLiteral("1.0万字"));
        QCOMPARE(wording::characters(123456), QStringLiteral("12.3万字"));
        QCOMPARE(wording::date(Date(2026, 3, 5)), QStringLiteral("2026年3月5日"));
        QCOMPARE(wording::quoted(QStringLiteral("党章")), QStringLiteral("“党章”"));
        QCOMPARE(wording::quoted(QStringLiteral("《党章》")), QStringLiteral("《党章》"));
        QCOMPARE(
            wording::joined({QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}, 2),
            QStringLiteral("甲、乙等"));
        QCOMPARE(wording::share(1, 30), QStringLiteral("个别"));
        QCOMPARE(wording::share(2, 3), QStringLiteral("少数"));
        QCOMPARE(wording::share(6, 30), QStringLiteral("少数"));
        QCOMPARE(wording::share(7, 30), QStringLiteral("部分"));
    }

    void headerOfAnIssuedBulletin()
    {
        const BulletinData d = bulletinsample::group();
        QCOMPARE(BulletinText::organMark(d), QStringLiteral("中共示范县委机关第一党支部文件"));
        QCOMPARE(BulletinText::documentNumber(d, Date(2027, 1, 4)),
                 QStringLiteral("机一支学通〔2026〕3号"));
        QCOMPARE(BulletinText::title(d),
                 QStringLiteral("关于2026年度机关第一支部学习组学习情况的通报"));
        QCOMPARE(BulletinText::addressee(d), QStringLiteral("机关第一支部学习组全体成员："));
        QCOMPARE(BulletinText::attachmentNote(d), QStringLiteral("附件：2026年度学习情况统计表"));
        QCOMPARE(BulletinText::signature(d), QStringLiteral("中共示范县委机关第一党支部"));
        QCOMPARE(BulletinText::issueDate(d, Date(2027, 1, 4)), QStringLiteral("2026年12月31日"));
    }

    void draftNumberLeavesAnIdeographicSpace()
    {
        BulletinData d = bulletinsample::group();
        d.serial = 0;
        d.issuedOn = Date();
        const QString number = BulletinText::documentNumber(d, Date(2027, 1, 4));
        QCOMPARE(number,
                 QStringLiteral("机一支学通〔2027〕") + QChar(0x3000) + QStringLiteral("号"));
        QCOMPARE(BulletinText::issueDate(d, Date(2027, 1, 4)), QStringLiteral("2027年1月4日"));
        d.serial = 12;
        QCOMPARE(BulletinText::documentNumber(d, Date(2027, 1, 4)),
                 QStringLiteral("机一支学通〔2027〕12号"));
    }

    void settingsOverrideTheDefaults()
    {
        BulletinData d = bulletinsample::organisation();
        QCOMPARE(BulletinText::organMark(d), QStringLiteral("中共示范县委机关党委"));
        QCOMPARE(BulletinText::addressee(d), QStringLiteral("各党支部、全体党员："));
        d.settings.addressee = QStringLiteral("各党支部：");
        QCOMPARE(BulletinText::addressee(d), QStringLiteral("各党支部："));
        d.settings.organName.clear();
        d.issuingOrgName = QStringLiteral("中共示范县委文件");
        QCOMPARE(BulletinText::organMark(d), QStringLiteral("中共示范县委文件"));
        d.subOrgs.back().name = QStringLiteral("机关工会委员会");
        d.settings.addressee.clear();
        QCOMPARE(BulletinText::addressee(d), QStringLiteral("所属各党组织、全体党员："));
    }

    void shorterPeriodsUseTheLabel()
    {
        BulletinData d = bulletinsample::group();
        d.period = Period::quarter(2026, 1);
        QCOMPARE(BulletinText::title(d),
                 QStringLiteral("关于2026年第一季度机关第一支部学习组学习情况的通报"));
        QCOMPARE(BulletinText::attachmentNote(d),
                 QStringLiteral("附件：2026年第一季度学习情况统计表"));
    }

    void overviewPutsEveryFigureInSentences()
    {
        BulletinData d = bulletinsample::group();
        BulletinFigures& f = d.figures;
        f.attendance = {10000, 9300, 40, 7, 500, 153};
        f.makeup = {653, 600};
        f.selfStudyMinutes = 1234 * 30;
        f.notesChars = 123456;
        f.members.meetingHoursTarget = 27;
        f.speeches = 56;
        f.writings = {30, 5, 3, 8};
        const QString text = joinedText(BulletinText::overview(d));
        const QStringList expected = {
            QStringLiteral("一、基本情况"),
            QStringLiteral("（一）集体学习"),
            QStringLiteral("2026年度，机关第一支部学习组共组织学习活动12次，其中集体学习6次、"
                           "专题研讨3次、党课2次、读书会1次。"),
            QStringLiteral("落实“三个必学习”要求开展专题学习3次。"),
            QStringLiteral("学习计划安排学习内容12项，已完成11项，完成率91.7%。"),
            QStringLiteral(
                "集体学习应参学10000人次，实际参学9347人次，参学率93.5%（其中迟到40人次、"
                "早退7人次）；请假500人次、缺席153人次。"),
            QStringLiteral("因请假、缺席应补学653人次，已补学600人次，尚有53人次未补学。"),
            QStringLiteral(
                "机关第一支部学习组参学成员30名，全年个人自学共计617.0学时，人均20.6学时；"),
            QStringLiteral("集体学习与个人自学合计学时达到目标要求的27名，占90.0%。"),
            QStringLiteral("撰写学习笔记12.3万字，人均4115字。"),
            QStringLiteral(
                "全年在集体学习中交流发言56次；撰写心得体会30篇、理论文章5篇、调研报告3篇，"
                "其中8篇在评选中获奖。"),
        };
        for (const QString& s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral("\n—— in ——\n") + text));
    }

    void practicesNameTheFormsTheThreeMustsAndTheBestAttended()
    {
        const BulletinData d = bulletinsample::group();
        const BulletinParagraphs p = BulletinText::practices(d);
        const QString text = joinedText(p);
        QVERIFY2(text.contains(QStringLiteral("坚持以集体学习为主要形式，全年开展集体学习6次，"
                                              "占学习活动总数的50.0%，并综合运用专题研讨、党课、"
                                              "读书会等形式")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "在重大决策前、解决突出问题时、谋划长远发展时开展专题学习3次：3月5日围绕"
                     "“学习贯彻党的二十届三中全会精神”开展学习（重大决策前）；")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“谋划“十五五”发展思路”“学习贯彻党的二十届三中全会"
                                              "精神”等专题学习参学率分别达到100.0%、96.7%")),
                 qPrintable(text));
        // The secretary's paragraphs follow, one a line, empty lines dropped.
        QCOMPARE(p[p.size() - 3].text,
                 QStringLiteral("坚持领导干部带头领学，支部书记讲专题党课2次。"));
        QCOMPARE(p[p.size() - 2].text, QStringLiteral("建立学习台账，按月通报学习进度。"));
        QVERIFY(p.back().text.startsWith(QStringLiteral("坚持把理论学习作为首要任务")));
    }

    void commendationByRank()
    {
        BulletinData d = bulletinsample::group();
        std::swap(d.members[0], d.members[3]); // out of order: the text sorts by rank
        const BulletinParagraphs p = BulletinText::commendation(d);
        QCOMPARE(p[0].text, QStringLiteral("三、表扬"));
        QCOMPARE(p[1].text,
                 QStringLiteral("经年度学习考核，评定优秀5名、合格23名、基本合格1名、"
                                "不合格1名。对考核等次为优秀的以下5名同志予以通报表扬："));
        QCOMPARE(p[2].text, QStringLiteral("1.王小明（机关第一党支部），考核得分96.0分，排名第1，"
                                           "全年学时34.0学时，出席集体学习12次，撰写心得文章2篇"
                                           "（获奖1篇）。"));
        QVERIFY(p[3].text.startsWith(QStringLiteral("2.李小明")));
        QVERIFY(p[4].text.startsWith(QStringLiteral("3.张小明")));
        QVERIFY(p[5].text.startsWith(QStringLiteral("4.刘小明")));
        QVERIFY(p[6].text.startsWith(QStringLiteral("5.陈小明")));
        QVERIFY(p[7].text.startsWith(QStringLiteral("希望受到表扬的同志")));
        QCOMPARE(int(p.size()), 8);
    }

    void commendationOfAShorterPeriod()
    {
        BulletinData d = bulletinsample::group();
        d.period = Period::quarter(2026, 1);
        for (BulletinMemberRow& r : d.members)
            r.hoursTarget = 7.9;
        d.members[1].figures.selfStudyMinutes = 0; // full attendance fails (excused) anyway
        d.members[3].figures.collectiveMinutes = 60;
        d.members[3].figures.selfStudyMinutes = 0; // full attendance, hours below 7.9
        const QString text = joinedText(BulletinText::commendation(d));
        QVERIFY2(text.contains(QStringLiteral("2026年第一季度，以下19名同志全勤参加集体学习，学时"
                                              "达到目标要求，予以通报表扬：")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "1.王小明（机关第一党支部），出席集体学习12次，学时34.0学时（目标7.9学时）。")));
        QVERIFY(!text.contains(memberName(1)));
        QVERIFY(!text.contains(memberName(3)));

        for (BulletinMemberRow& r : d.members)
            r.figures.present = 0;
        QCOMPARE(BulletinText::commendation(d)[1].text,
                 QStringLiteral("本期没有同时做到全勤参加集体学习、学时达到目标要求的同志。"));
    }

    void problemsWithoutNamesByDefault()
    {
        const BulletinData d = bulletinsample::group();
        const BulletinParagraphs p = BulletinText::problems(d);
        const QString text = joinedText(p);
        QCOMPARE(p[1].text, QStringLiteral("对照学习制度要求，还存在一些问题和不足。"));
        QCOMPARE(p[2].text, QStringLiteral("一是个别同志缺席集体学习后未按要求补学，共1人次。"));
        QCOMPARE(p[3].text, QStringLiteral("二是个别同志学时不足目标要求的一半，自学主动性不强。"));
        QCOMPARE(p[4].text, QStringLiteral("三是学习计划中有1项学习内容未按期完成。"));
        for (const BulletinMemberRow& r : d.members)
            QVERIFY2(!text.contains(r.figures.name), qPrintable(r.figures.name));
    }

    void problemsNamedWhenSet()
    {
        BulletinData d = bulletinsample::organisation();
        d.settings.namesInProblems = true;
        const QString text = joinedText(BulletinText::problems(d));
        QVERIFY2(text.contains(QStringLiteral("一是") + memberName(7) +
                               QStringLiteral("（1次）缺席集体学习后未按要求补学。")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("二是") + memberName(11) +
                               QStringLiteral("（11.0学时，目标32学时）学时不足目标要求的一半。")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("三是学习计划中有1项学习内容未按期完成（机关第一支部"
                                              "学习组11月“学习《中国共产党纪律处分条例》”）。")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("四是机关第二党支部参学率低于80%或学时达标人数不足"
                                              "60%，学习组织有待加强。")),
                 qPrintable(text));

        d.settings.namesInProblems = false;
        const QString counted = joinedText(BulletinText::problems(d));
        QVERIFY2(counted.contains(QStringLiteral("涉及个别党组织")), qPrintable(counted));
        QVERIFY2(counted.contains(QStringLiteral("，涉及1个学习组")), qPrintable(counted));
        QVERIFY2(counted.contains(QStringLiteral("四是个别党组织参学率低于80%")),
                 qPrintable(counted));
        QVERIFY(!counted.contains(QStringLiteral("机关第二党支部")));
    }

    void emptyDataStillReads()
    {
        const BulletinData d = emptyGroup();
        const QStringList prose = BulletinText::prose(d, Date(2027, 1, 4));
        const QString text = prose.join(QLatin1Char('\n'));
        const QStringList expected = {
            QStringLiteral("第九党支部文件"),
            QStringLiteral("〔2027〕") + QChar(0x3000) + QStringLiteral("号"),
            QStringLiteral("新建学习组全体成员："),
            QStringLiteral("2026年度，新建学习组未组织集体学习活动。全年学习计划未安排学习内容。"),
            QStringLiteral("全年无参学成员，未统计个人自学和学习笔记情况。"),
            QStringLiteral("全年集体学习中无交流发言记录；未撰写心得体会、理论文章和调研报告。"),
            QStringLiteral("全年未组织开展集体学习，暂无可总结的做法和成效。"),
            QStringLiteral("本年度尚无考核等次为优秀的同志。"),
            QStringLiteral("对照学习制度要求，还存在不足：全年未组织开展集体学习活动，学习制度落实"
                           "不到位。"),
            QStringLiteral("一要严格落实学习制度。"),
            QStringLiteral("特此通报。"),
            QStringLiteral("2027年1月4日"),
        };
        for (const QString& s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral("\n—— in ——\n") + text));
        for (const QString& nonsense :
             {QStringLiteral("0.0%"), QStringLiteral("nan"), QStringLiteral("inf"),
              QStringLiteral("参学率"), QStringLiteral("人均")})
            QVERIFY2(!text.contains(nonsense), qPrintable(nonsense));
        for (const QString& p : prose)
            QVERIFY(!p.trimmed().isEmpty());
    }

    void sessionsWithoutAttendanceOrMembers()
    {
        BulletinData d = emptyGroup();
        d.figures.sessions.total = 2;
        d.figures.sessions.byForm[size_t(SessionForm::Seminar)] = 2;
        d.figures.plan = {3, 0};
        const QString text = joinedText(BulletinText::body(d));
        QVERIFY2(text.contains(QStringLiteral("共组织学习活动2次，均为专题研讨。")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("学习计划安排学习内容3项，均未完成。")));
        QVERIFY(text.contains(QStringLiteral("集体学习未记录考勤。")));
        QVERIFY(text.contains(QStringLiteral("坚持以专题研讨为主要形式，全年开展专题研讨2次，"
                                             "占学习活动总数的100.0%，学习组织规范有序。")));
        QVERIFY(text.contains(QStringLiteral("学习计划中有3项学习内容未按期完成")));
    }

    void nextStepsFromProseSettingsOrDefault()
    {
        BulletinData d = emptyGroup();
        QCOMPARE(int(BulletinText::nextSteps(d).size()), 4); // heading and three defaults
        d.settings.closingText = QStringLiteral("加强学习。\r\n严格考勤。");
        BulletinParagraphs p = BulletinText::nextSteps(d);
        QCOMPARE(int(p.size()), 3);
        QCOMPARE(p[2].text, QStringLiteral("严格考勤。"));
        d.prose.nextSteps = QStringLiteral("  按月督办。  ");
        p = BulletinText::nextSteps(d);
        QCOMPARE(int(p.size()), 2);
        QCOMPARE(p[1].text, QStringLiteral("按月督办。"));
    }

    void proseInDocumentOrder()
    {
        const BulletinData d = bulletinsample::group();
        const QStringList prose = BulletinText::prose(d, Date(2027, 1, 4));
        QCOMPARE(prose.mid(0, 4),
                 QStringList({QStringLiteral("中共示范县委机关第一党支部文件"),
                              QStringLiteral("机一支学通〔2026〕3号"),
                              QStringLiteral("关于2026年度机关第一支部学习组学习情况的通报"),
                              QStringLiteral("机关第一支部学习组全体成员：")}));
        QCOMPARE(prose.mid(prose.size() - 6),
                 QStringList({QStringLiteral("特此通报。"),
                              QStringLiteral("附件：2026年度学习情况统计表"),
                              QStringLiteral("中共示范县委机关第一党支部"),
                              QStringLiteral("2026年12月31日"), QStringLiteral("附件"),
                              QStringLiteral("2026年度学习情况统计表")}));
        QVERIFY(prose.indexOf(QStringLiteral("一、基本情况")) <
                prose.indexOf(QStringLiteral("二、主要做法和成效")));
        QVERIFY(prose.indexOf(QStringLiteral("四、存在的问题")) <
                prose.indexOf(QStringLiteral("五、下一步工作要求")));
    }

    // Names and topics are arguments, never part of a pattern.
    void percentInNamesStaysText()
    {
        BulletinData d = bulletinsample::group();
        d.scope.name = QStringLiteral("组%1%2");
        d.members[0].figures.name = QStringLiteral("%1");
        QCOMPARE(BulletinText::title(d), QStringLiteral("关于2026年度组%1%2学习情况的通报"));
        const QString text = joinedText(BulletinText::body(d));
        QVERIFY(text.contains(QStringLiteral("1.%1（机关第一党支部）")));
        QVERIFY(text.contains(QStringLiteral("组%1%2共组织学习活动12次")));
    }

private:
    static QString memberName(int i) { return bulletinsample::memberName(i); }
};

QTEST_MAIN(TestBulletinText)
#include "TestBulletinText.moc"
