#include "BulletinText.h"

#include "BulletinWording.h"

namespace sl {

namespace {

QString issuer(const BulletinData& data)
{
    const QString name = data.issuingOrgName.trimmed();
    return name.isEmpty() ? data.scope.name.trimmed() : name;
}

Date issueDay(const BulletinData& data, const Date& today)
{
    return dates::isSet(data.issuedOn) ? data.issuedOn : today;
}

// The default addressee of an organisation scope: 各党支部 when every sub-organisation is a
// branch, 所属各党组织 when there are others, and 全体党员 in any case.
QString organisationAddressee(const BulletinData& data)
{
    int children = 0;
    bool allBranches = true;
    for (const SubOrgFigures& s : data.subOrgs) {
        if (s.ownLevel)
            continue;
        ++children;
        allBranches = allBranches && s.name.endsWith(QStringLiteral("支部"));
    }
    if (children == 0)
        return QStringLiteral("全体党员");
    return allBranches ? QStringLiteral("各党支部、全体党员")
                       : QStringLiteral("所属各党组织、全体党员");
}

const char16_t* const kDefaultNextSteps[] = {
    u"一要严格落实学习制度。认真执行学习计划，按时组织集体学习，严格考勤管理，对因故缺学的同志"
    u"及时督促补学，确保学习不缺课、不掉队。",
    u"二要着力提高学习质量。坚持理论联系实际，落实“三个必学习”要求，围绕中心工作和重大决策开展"
    u"专题学习研讨，推动学习成果转化为推进工作的实际成效。",
    u"三要加强督促检查。认真做好学习记录和学时统计，督促党员撰写学习笔记和心得体会，对学时明显"
    u"不足的同志加强提醒，对学习成效突出的同志及时表扬。",
};

} // namespace

QString BulletinText::organMark(const BulletinData& data)
{
    const QString set = data.settings.organName.trimmed();
    if (!set.isEmpty())
        return set;
    const QString name = issuer(data);
    if (name.endsWith(QStringLiteral("文件")))
        return name;
    return name + QStringLiteral("文件");
}

QString BulletinText::documentNumber(const BulletinData& data, const Date& today)
{
    const Date day = issueDay(data, today);
    const QString year = dates::isSet(day) ? QString::number(int(day.year())) : QString();
    const QString serial =
        data.serial > 0 ? QString::number(data.serial) : QString(QChar(0x3000)); // ideographic
    return data.settings.numberPrefix.trimmed() + QStringLiteral("〔") + year +
           QStringLiteral("〕") + serial + QStringLiteral("号");
}

QString BulletinText::title(const BulletinData& data)
{
    return titleParts(data).join(QString());
}

QStringList BulletinText::titleParts(const BulletinData& data)
{
    return {QStringLiteral("关于") + wording::periodName(data.period), data.scope.name.trimmed(),
            QStringLiteral("学习情况的通报")};
}

QString BulletinText::addressee(const BulletinData& data)
{
    QString to = data.settings.addressee.trimmed();
    while (to.endsWith(u'：') || to.endsWith(u':'))
        to.chop(1);
    if (to.isEmpty()) {
        to = data.scope.ref.isGroup() ? data.scope.name.trimmed() + QStringLiteral("全体成员")
                                      : organisationAddressee(data);
    }
    return to + QStringLiteral("：");
}

BulletinParagraphs BulletinText::nextSteps(const BulletinData& data)
{
    BulletinParagraphs out{BulletinParagraph::heading1(QStringLiteral("五、下一步工作要求"))};
    QStringList texts = paragraphsOf(data.prose.nextSteps);
    if (texts.isEmpty())
        texts = paragraphsOf(data.settings.closingText);
    if (texts.isEmpty()) {
        for (const char16_t* p : kDefaultNextSteps)
            texts << QString::fromUtf16(p);
    }
    for (const QString& t : texts)
        out.push_back(BulletinParagraph::body(t));
    return out;
}

BulletinParagraphs BulletinText::body(const BulletinData& data)
{
    BulletinParagraphs out;
    for (const BulletinParagraphs& part :
         {overview(data), practices(data), commendation(data), problems(data), nextSteps(data)})
        out.insert(out.end(), part.begin(), part.end());
    out.push_back(BulletinParagraph::body(QStringLiteral("特此通报。")));
    return out;
}

QString BulletinText::attachmentTitle(const BulletinData& data)
{
    return wording::periodName(data.period) + QStringLiteral("学习情况统计表");
}

QString BulletinText::attachmentNote(const BulletinData& data)
{
    return QStringLiteral("附件：") + attachmentTitle(data);
}

QString BulletinText::signature(const BulletinData& data)
{
    return issuer(data);
}

QString BulletinText::issueDate(const BulletinData& data, const Date& today)
{
    return wording::date(issueDay(data, today));
}

QStringList BulletinText::prose(const BulletinData& data, const Date& today)
{
    QStringList out{organMark(data), documentNumber(data, today), title(data), addressee(data)};
    for (const BulletinParagraph& p : body(data))
        out << p.text;
    out << attachmentNote(data) << signature(data) << issueDate(data, today)
        << QStringLiteral("附件") << attachmentTitle(data);
    return out;
}

QStringList BulletinText::paragraphsOf(const QString& text)
{
    QStringList out;
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(u'\r', u'\n');
    t.replace(QChar(QChar::ParagraphSeparator), u'\n');
    t.replace(QChar(QChar::LineSeparator), u'\n');
    for (const QString& line : t.split(u'\n')) {
        const QString p = line.trimmed();
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

} // namespace sl
