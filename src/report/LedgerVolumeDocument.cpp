#include "LedgerVolumeDocument.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "LedgerVolumeParts.h"
#include "PdfOutline.h"
#include "StudyRecordDocument.h"

#include <QTextDocument>

namespace sl {

namespace {

namespace parts = volume_parts;

constexpr int sessionAnchorBase = 100; // anchors 0…5: the parts; from 100: the records

enum Part
{
    PlanPart,
    RecordsPart,
    AttendancePart,
    SelfStudyPart,
    WritingsPart,
    AssessmentPart
};

// The parts the volume has, in order (六、学习考核 only with an assessment), with their headings.
std::vector<std::pair<Part, QString>> partsOf(const LedgerVolume& v)
{
    std::vector<std::pair<Part, QString>> out{
        {PlanPart, QStringLiteral("年度学习计划（完成情况）")},
        {RecordsPart, QStringLiteral("学习记录")},
        {AttendancePart, QStringLiteral("考勤登记表")},
        {SelfStudyPart, QStringLiteral("个人自学情况")},
        {WritingsPart, QStringLiteral("心得体会与调研成果")}};
    if (v.assessment)
        out.emplace_back(AssessmentPart, QStringLiteral("学习考核"));
    for (size_t i = 0; i < out.size(); ++i)
        out[i].second = parts::numeral(int(i) + 1) + QStringLiteral("、") + out[i].second;
    return out;
}

// "3月10日　学习组G01　专题学习": a record in the contents and the bookmarks.
QString sessionTitle(const LedgerVolume& v, const StudyRecord& r)
{
    QStringList words{ChineseText::monthDay(r.session.date)};
    if (v.scope.ref.kind == ScopeKind::Organisation)
        words << r.groupName;
    words << r.session.topic;
    return words.join(QStringLiteral("　"));
}

std::vector<LedgerVolumeDocument::Anchor> anchorsOf(const LedgerVolume& v)
{
    std::vector<LedgerVolumeDocument::Anchor> out;
    for (const auto& [part, heading] : partsOf(v)) {
        out.push_back({int(part), 0, heading});
        if (part != RecordsPart)
            continue;
        for (size_t i = 0; i < v.sessions.size(); ++i)
            out.push_back({sessionAnchorBase + int(i), 1, sessionTitle(v, v.sessions[i])});
    }
    return out;
}

void cover(DocumentComposer& c, const LedgerVolume& v)
{
    c.blankLine();
    c.blankLine();
    c.subtitle(v.organName);
    c.blankLine();
    c.blankLine();
    c.title(QStringLiteral("学习台账"), 42);
    c.subtitle(QStringLiteral("（%1年度）").arg(v.year));
    for (int i = 0; i < 6; ++i)
        c.blankLine();
    c.subtitle((v.scope.ref.kind == ScopeKind::Group ? QStringLiteral("学习组：")
                                                     : QStringLiteral("党组织：")) +
               v.scope.name);
    c.subtitle(QStringLiteral("时间：%1年1月1日至%1年12月31日").arg(v.year));
}

void contents(DocumentComposer& c, const std::vector<LedgerVolumeDocument::Anchor>& anchors,
              const DocumentWriter::AnchorPages& pages)
{
    int sessions = 0;
    for (const auto& a : anchors)
        sessions += a.level == 1 ? 1 : 0;
    std::vector<DocumentComposer::ContentsEntry> entries;
    for (const auto& a : anchors) {
        if (a.level == 1 && sessions > LedgerVolumeDocument::maxContentsSessions)
            continue;
        const auto page = pages.find(a.id);
        entries.push_back({a.title,
                           page == pages.end() ? QString() : QString::number(page->second + 1),
                           a.level});
    }
    c.title(QStringLiteral("目　　录"));
    c.blankLine();
    c.contents(entries);
}

void records(DocumentComposer& c, const LedgerVolume& v, const QString& heading,
             const SessionRecordComposer& sessionRecord)
{
    c.heading1(heading);
    if (v.sessions.empty()) {
        c.paragraph(QStringLiteral("本年度无已开展的集体学习。"));
        return;
    }
    c.paragraph(QStringLiteral("本年度开展集体学习%1次，学习记录按时间顺序排列如下。")
                    .arg(v.sessions.size()));
    for (size_t i = 0; i < v.sessions.size(); ++i) {
        const StudyRecord& r = v.sessions[i];
        // The first record follows the part's heading; each other starts a page.
        if (i > 0)
            c.pageBreak();
        c.anchor(sessionAnchorBase + int(i));
        c.heading2(QStringLiteral("第%1次　%2").arg(i + 1).arg(ChineseText::date(r.session.date)));
        if (sessionRecord)
            sessionRecord(c, r);
        else
            StudyRecordDocument::compose(c, r);
    }
}

std::vector<OutlineEntry> outline(const std::vector<LedgerVolumeDocument::Anchor>& anchors,
                                  const DocumentWriter::AnchorPages& pages)
{
    std::vector<OutlineEntry> out;
    for (const auto& a : anchors) {
        const auto page = pages.find(a.id);
        if (page == pages.end())
            continue;
        OutlineEntry entry{a.title, page->second, {}};
        if (a.level == 0 || out.empty())
            out.push_back(entry);
        else
            out.back().children.push_back(entry);
    }
    return out;
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, {}, {}};
}

} // namespace

QString LedgerVolumeDocument::title(const LedgerVolume& volume)
{
    // One arg() call: a name holding "%1" must not take the year.
    return QStringLiteral("%1%2年度学习台账").arg(volume.scope.name, QString::number(volume.year));
}

LedgerVolumeDocument::Built LedgerVolumeDocument::build(const LedgerVolume& volume,
                                                        const SessionRecordComposer& sessionRecord,
                                                        const DocumentWriter::AnchorPages& pages)
{
    Built out;
    out.document = std::make_unique<QTextDocument>();
    out.document->setMetaInformation(QTextDocument::DocumentTitle, title(volume));
    out.anchors = anchorsOf(volume);
    DocumentComposer c(*out.document);
    cover(c, volume);
    c.pageBreak();
    contents(c, out.anchors, pages);
    for (const auto& [part, heading] : partsOf(volume)) {
        c.pageBreak();
        c.anchor(int(part));
        switch (part) {
        case PlanPart:
            parts::plan(c, volume, heading);
            break;
        case RecordsPart:
            records(c, volume, heading, sessionRecord);
            break;
        case AttendancePart:
            parts::attendance(c, volume, heading);
            break;
        case SelfStudyPart:
            parts::selfStudy(c, volume, heading);
            break;
        case WritingsPart:
            parts::writings(c, volume, heading);
            break;
        case AssessmentPart:
            parts::assessment(c, volume, heading);
            break;
        }
    }
    return out;
}

Result<QByteArray> LedgerVolumeDocument::renderPdf(const LedgerVolume& volume,
                                                   const SessionRecordComposer& sessionRecord,
                                                   const CancelFlag* cancel,
                                                   const std::function<void(double)>& progress)
{
    const auto stopped = [cancel] { return cancel && cancel->isCancelled(); };
    const auto report = [&progress](double done) {
        if (progress)
            progress(done);
    };
    // The contents take the same lines whatever their numbers: the first layout gives the pages.
    DocumentWriter::AnchorPages pages =
        DocumentWriter::anchorPages(*build(volume, sessionRecord).document);
    report(0.4);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (stopped())
            return cancelled();
        const Built built = build(volume, sessionRecord, pages);
        auto pdf = DocumentWriter::renderPdf(*built.document, cancel);
        if (!pdf)
            return pdf.error();
        report(attempt == 0 ? 0.9 : 0.95);
        if (pdf->anchors != pages) {
            pages = pdf->anchors; // a part moved: number the contents again
            continue;
        }
        auto marked = PdfOutline::addOutline(pdf->pdf, outline(built.anchors, pages));
        report(1.0);
        return marked;
    }
    return Error{
        ErrorCode::Io, {}, QStringLiteral("the contents of the ledger volume did not settle")};
}

} // namespace sl
