#include "BulletinPdf.h"
#include "PdfText.h"
#include "VolumePdf.h"

#include "support/LedgerVolumeFixture.h"

#include "report/ChineseText.h"
#include "report/DocumentComposer.h"
#include "report/LedgerVolumeDocument.h"
#include "services/AssessmentService.h"
#include "services/LedgerBookService.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace sl;
namespace bp = bulletinpdf;
namespace vp = volumepdf;
namespace vf = volume_fixture;

// The annual volume (学习台账) of the fixed ledger of tests/support/LedgerVolumeFixture.h, read
// back from its PDF as a reader's tools see it (pdftotext, pdffonts, qpdf): one record per held
// session in date order, the contents' page numbers where the parts and records start, the
// attendance marks of a member equal to their records, the bookmarks, the fonts and the page
// numbers. The records are the session-record document's (StudyRecordDocument); the checks
// hold whatever writes the record under the volume's `第N次` line.
class TestLedgerVolume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TempLedger> m_ledger;
    LedgerVolume m_group; // G01, 2026
    LedgerVolume m_org;   // D01 and B01, 2026
    QString m_groupPdf;
    QString m_orgPdf;

    Ledger& ledger() { return **m_ledger; }

    QString render(const LedgerVolume& volume, const QString& name)
    {
        auto pdf = LedgerVolumeDocument::renderPdf(volume);
        if (!pdf) {
            qWarning("%s", qPrintable(pdf.error().text()));
            return {};
        }
        const QString path = m_dir.filePath(name);
        return pdftext::writeFile(path, *pdf) ? path : QString();
    }

    static QStringList partHeadings(bool assessment)
    {
        QStringList out{QStringLiteral("一、年度学习计划（完成情况）"),
                        QStringLiteral("二、学习记录"), QStringLiteral("三、考勤登记表"),
                        QStringLiteral("四、个人自学情况"),
                        QStringLiteral("五、心得体会与调研成果")};
        if (assessment)
            out << QStringLiteral("六、学习考核");
        return out;
    }

    // The contents: each row of the contents pages that ends in a page number, as entry → page
    // (1-based, as printed).
    static QList<QPair<QString, int>> contents(const QString& pdf)
    {
        QList<QPair<QString, int>> out;
        const std::vector<vp::PageWords> pages = vp::words(pdf);
        static const QRegularExpression number(QStringLiteral("^\\d+$"));
        for (size_t p = 1; p < pages.size(); ++p) {
            bool contentsPage = false;
            for (const vp::PageWords& row : vp::rows(pages[p])) {
                const QString text = vp::joined(row);
                if (text == QStringLiteral("目录")) {
                    contentsPage = true;
                    continue;
                }
                if (row.size() < 2 || text.startsWith(QStringLiteral("—")))
                    continue;
                if (number.match(row.back().text).hasMatch() && row.back().xMin > 400)
                    out.append({vp::joined(row, 0, int(row.size()) - 1), row.back().text.toInt()});
            }
            if (!contentsPage && p > 1)
                break;
        }
        return out;
    }

    // The page (1-based) where `text` first appears after the contents, squeezed of spaces.
    static int firstPageWith(const QStringList& pages, const QString& text, int from)
    {
        for (int p = from; p < pages.size(); ++p) {
            if (pdftext::squeezed(pages[p]).contains(pdftext::squeezed(text)))
                return p + 1;
        }
        return -1;
    }

    void checkRecords(const QString& pdf, const LedgerVolume& volume)
    {
        const QString text = pdftext::squeezed(pdftext::text(pdf));
        static const QRegularExpression record(
            QStringLiteral("第(\\d+)次(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
        std::vector<Date> dates;
        auto it = record.globalMatch(text);
        int n = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            QCOMPARE(m.captured(1).toInt(), ++n);
            dates.emplace_back(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        }
        QCOMPARE(dates.size(), volume.sessions.size());
        for (size_t i = 0; i < dates.size(); ++i)
            QCOMPARE(dates[i], volume.sessions[i].session.date);
        QVERIFY(std::is_sorted(dates.begin(), dates.end()));
    }

    void checkContents(const QString& pdf, const LedgerVolume& volume)
    {
        const QStringList pages = bp::pages(pdf);
        const auto entries = contents(pdf);
        const QStringList parts = partHeadings(volume.assessment.has_value());
        QCOMPARE(entries.size(), qsizetype(parts.size() + volume.sessions.size()));
        int part = 0;
        size_t session = 0;
        int previous = 0;
        for (const auto& [entry, page] : entries) {
            QVERIFY2(page >= previous, qPrintable(entry));
            previous = page;
            QVERIFY2(page >= 3 && page <= pages.size(), qPrintable(entry));
            QVERIFY2(pdftext::squeezed(pages[page - 1]).contains(QStringLiteral("—%1—").arg(page)),
                     qPrintable(entry));
            if (part < parts.size() && entry == pdftext::squeezed(parts[part])) {
                // The part starts on that page: its heading is there and on no page before.
                QCOMPARE(firstPageWith(pages, parts[part], 2), page);
                ++part;
                continue;
            }
            // A record: `第N次　date` opens it on that page.
            QVERIFY2(session < volume.sessions.size(), qPrintable(entry));
            const StudyRecord& r = volume.sessions[session];
            QVERIFY2(entry.startsWith(ChineseText::monthDay(r.session.date)), qPrintable(entry));
            const QString line =
                QStringLiteral("第%1次%2").arg(session + 1).arg(ChineseText::date(r.session.date));
            QCOMPARE(firstPageWith(pages, line, 2), page);
            ++session;
        }
        QCOMPARE(part, int(parts.size()));
        QCOMPARE(session, volume.sessions.size());
    }

    void checkOutline(const QString& pdf, const LedgerVolume& volume)
    {
        const std::vector<vp::Bookmark> outline = vp::outline(pdf);
        const QStringList parts = partHeadings(volume.assessment.has_value());
        QCOMPARE(outline.size(), size_t(parts.size()));
        const auto entries = contents(pdf);
        for (size_t i = 0; i < outline.size(); ++i) {
            QCOMPARE(outline[i].title, parts[int(i)]);
            const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto& e) {
                return e.first == pdftext::squeezed(parts[int(i)]);
            });
            QVERIFY(entry != entries.end());
            QCOMPARE(outline[i].page + 1, entry->second);
            QCOMPARE(outline[i].kids.size(), i == 1 ? volume.sessions.size() : size_t(0));
        }
        const QStringList pages = bp::pages(pdf);
        for (size_t s = 0; s < outline[1].kids.size(); ++s) {
            const vp::Bookmark& b = outline[1].kids[s];
            const StudyRecord& r = volume.sessions[s];
            QVERIFY2(b.title.startsWith(ChineseText::monthDay(r.session.date)),
                     qPrintable(b.title));
            QVERIFY2(b.title.endsWith(r.session.topic), qPrintable(b.title));
            QVERIFY(pdftext::squeezed(pages[b.page])
                        .contains(QStringLiteral("第%1次%2")
                                      .arg(s + 1)
                                      .arg(ChineseText::date(r.session.date))));
        }
    }

    // The marks of the member's row in the attendance tables, session by session: each mark is
    // the word of the row under the column of the session's date.
    static QStringList marksOf(const QString& pdf, const QString& name,
                               const std::vector<MatrixSession>& sessions)
    {
        QStringList marks(qsizetype(sessions.size()));
        std::vector<bool> seen(sessions.size(), false);
        const std::vector<vp::PageWords> pages = vp::words(pdf);
        static const QRegularExpression dateRe(QStringLiteral("^(\\d{1,2})/(\\d{1,2})$"));
        for (const vp::PageWords& page : pages) {
            std::vector<vp::Word> header; // the date columns of the last header row
            std::vector<size_t> columns;
            for (const vp::PageWords& row : vp::rows(page)) {
                std::vector<vp::Word> dates;
                std::vector<size_t> indices;
                for (const vp::Word& w : row) {
                    const auto m = dateRe.match(w.text);
                    if (!m.hasMatch())
                        continue;
                    for (size_t s = 0; s < sessions.size(); ++s) {
                        if (int(sessions[s].date.month()) == m.captured(1).toInt() &&
                            int(sessions[s].date.day()) == m.captured(2).toInt()) {
                            dates.push_back(w);
                            indices.push_back(s);
                        }
                    }
                }
                if (!dates.empty()) {
                    header = dates;
                    columns = indices;
                    continue;
                }
                if (header.empty() || row.empty() || row.front().text != name)
                    continue;
                for (size_t c = 0; c < header.size(); ++c) {
                    QString mark;
                    for (const vp::Word& w : row) {
                        if (std::abs(w.xMid() - header[c].xMid()) < 12)
                            mark += w.text;
                    }
                    marks[qsizetype(columns[c])] = mark.trimmed(); // an empty cell: a space
                    seen[columns[c]] = true;
                }
            }
        }
        for (bool s : seen) {
            if (!s)
                return {};
        }
        return marks;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdftotext", "pdffonts", "qpdf"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        Clock::setToday(Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        QVERIFY(vf::Builder(ledger()).build());
        LedgerBookService book(ledger());
        auto group = book.volume(ScopeRef::group(vf::groupId(ledger(), "G01")), 2026);
        QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().text()));
        m_group = *group;
        auto org = book.volume(ScopeRef::organisation(vf::orgId(ledger(), "D01")), 2026);
        QVERIFY(org.ok());
        m_org = *org;
        QCOMPARE(m_group.sessions.size(), vf::heldDates().size());
        QCOMPARE(m_org.sessions.size(), vf::heldDates().size() + 1);
        QVERIFY(m_group.assessment.has_value());
        m_groupPdf = render(m_group, QStringLiteral("group.pdf"));
        m_orgPdf = render(m_org, QStringLiteral("org.pdf"));
        QVERIFY(!m_groupPdf.isEmpty() && !m_orgPdf.isEmpty());
    }
    void cleanupTestCase() { Clock::setToday({}); }

    void coverNamesTheOrganTheScopeAndTheYear()
    {
        const QStringList pages = bp::pages(m_groupPdf);
        const QString cover = pdftext::squeezed(pages.value(0));
        for (const QString& text :
             {QStringLiteral("组织D01"), QStringLiteral("学习台账"), QStringLiteral("（2026年度）"),
              QStringLiteral("学习组：学习组G01"),
              QStringLiteral("时间：2026年1月1日至2026年12月31日")})
            QVERIFY2(cover.contains(text), qPrintable(text));
        QVERIFY(pdftext::squeezed(bp::pages(m_orgPdf).value(0))
                    .contains(QStringLiteral("党组织：组织D01")));
        QCOMPARE(pdftext::run(QStringLiteral("pdfinfo"), {m_groupPdf})
                     .split(QLatin1Char('\n'))
                     .filter(QStringLiteral("Title:"))
                     .value(0)
                     .section(QLatin1Char(':'), 1)
                     .trimmed(),
                 QStringLiteral("学习组G012026年度学习台账"));
    }

    void oneRecordPerHeldSessionInDateOrder()
    {
        checkRecords(m_groupPdf, m_group);
        checkRecords(m_orgPdf, m_org);
        // Each record after the first starts a page of its own.
        const QStringList pages = bp::pages(m_groupPdf);
        for (size_t i = 1; i < m_group.sessions.size(); ++i) {
            const QString line = QStringLiteral("第%1次").arg(i + 1);
            const int page = firstPageWith(pages, line, 2);
            QVERIFY(page > 0);
            QVERIFY2(!pdftext::squeezed(pages[page - 1]).contains(QStringLiteral("第%1次").arg(i)),
                     qPrintable(line));
        }
    }

    void contentsPagesAreWhereThePartsStart()
    {
        checkContents(m_groupPdf, m_group);
        checkContents(m_orgPdf, m_org);
    }

    void bookmarksPerPartAndPerSession()
    {
        checkOutline(m_groupPdf, m_group);
        checkOutline(m_orgPdf, m_org);
    }

    void attendanceMarksOfAMemberAreTheirRecords()
    {
        const AttendanceMatrix& m = m_group.attendance.at(0);
        QCOMPARE(m.sessions.size(), vf::heldDates().size()); // two tables: 10 and 2 sessions
        const QStringList marks = marksOf(m_groupPdf, QStringLiteral("李明"), m.sessions);
        QCOMPARE(marks, vf::liMingMarks());
        // Every member's row is their cells.
        for (size_t r = 0; r < m.members.size(); ++r) {
            QStringList want;
            for (size_t s = 0; s < m.sessions.size(); ++s)
                want << LedgerVolumeDocument::mark(m.cell(r, s));
            QCOMPARE(marksOf(m_groupPdf, m.members[r].name, m.sessions), want);
        }
        const QString text = pdftext::squeezed(pdftext::text(m_groupPdf));
        QVERIFY(text.contains(QStringLiteral("“补”为已补学")));
        QVERIFY(text.contains(QStringLiteral("第1至10次（1月13日—10月13日）")));
        QVERIFY(text.contains(QStringLiteral("第11至12次（11月10日—12月8日）")));
    }

    void planRegistersAndAssessment()
    {
        const QString text = pdftext::squeezed(pdftext::text(m_groupPdf));
        for (const QString& s :
             {QStringLiteral(
                  "学习计划于2026年1月8日审定，共列学习专题4项，已开展3项，尚有1项未开展。"),
              QStringLiteral("11月专题"), QStringLiteral("未开展"),
              QStringLiteral("本年度8名成员中2人记录个人自学，共3次、2.2学时"),
              QStringLiteral("学习心得"), QStringLiteral("一等奖"), QStringLiteral("基层调研"),
              QStringLiteral("3000"), QStringLiteral("尚未公布"), QStringLiteral("参加考核8人")})
            QVERIFY2(text.contains(s), qPrintable(s));
        // 3月专题 was carried out on 03-10.
        QVERIFY(QRegularExpression(QStringLiteral("3月专题[^专]*3月10日")).match(text).hasMatch());
    }

    void fontsEmbeddedAndPagesNumbered()
    {
        const QStringList fonts = pdftext::run(QStringLiteral("pdffonts"), {m_groupPdf})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
        }
        QCOMPARE(pdftext::radicals(pdftext::text(m_groupPdf)), QString());
        const std::vector<bp::Page> pages = bp::lines(m_groupPdf);
        QVERIFY(pages.size() > m_group.sessions.size() + 5);
        for (size_t p = 0; p < pages.size(); ++p) {
            const QString number = QStringLiteral("—%1—").arg(p + 1);
            QVERIFY2(std::any_of(pages[p].begin(), pages[p].end(),
                                 [&](const bp::Line& l) { return l.text == number; }),
                     qPrintable(number));
        }
    }

    // No line printed over another and none outside the page: tables never split a row across
    // pages (a cut row runs over the repeated header).
    void nothingOverprinted()
    {
        for (const QString& pdf : {m_groupPdf, m_orgPdf}) {
            const std::vector<bp::Page> pages = bp::lines(pdf);
            for (size_t p = 0; p < pages.size(); ++p) {
                for (size_t i = 0; i < pages[p].size(); ++i) {
                    const bp::Line& a = pages[p][i];
                    QVERIFY(a.xMin >= 28 * bp::pointsPerMm - 1 &&
                            a.xMax <= 595 - 26 * bp::pointsPerMm + 1);
                    for (size_t j = i + 1; j < pages[p].size(); ++j) {
                        const bp::Line& b = pages[p][j];
                        const bool overlap = a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 &&
                                             a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5;
                        QVERIFY2(
                            !overlap,
                            qPrintable(
                                QStringLiteral("page %1: %2 / %3").arg(p + 1).arg(a.text, b.text)));
                    }
                }
            }
        }
    }

    // The record is written by the function given (the session-record document), under the
    // volume's own line.
    void sessionRecordComesFromTheFunctionGiven()
    {
        int calls = 0;
        auto pdf = LedgerVolumeDocument::renderPdf(
            m_group, [&](DocumentComposer& c, const StudyRecord& r) {
                ++calls;
                c.paragraph(QStringLiteral("替代记录") + r.session.topic);
            });
        QVERIFY(pdf.ok());
        const QString file = m_dir.filePath(QStringLiteral("seam.pdf"));
        QVERIFY(pdftext::writeFile(file, *pdf));
        QVERIFY(calls >= int(m_group.sessions.size()));
        const QString text = pdftext::squeezed(pdftext::text(file));
        QCOMPARE(text.count(QStringLiteral("替代记录")), qsizetype(m_group.sessions.size()));
        QVERIFY(!text.contains(QStringLiteral("学习纪要：")));
        checkRecords(file, m_group);
        checkContents(file, m_group);
    }

    void anEmptyYearStillMakesAVolume()
    {
        auto empty =
            LedgerBookService(ledger()).volume(ScopeRef::group(vf::groupId(ledger(), "G01")), 2024);
        QVERIFY(empty.ok());
        const QString pdf = render(*empty, QStringLiteral("empty.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdftext::squeezed(pdftext::text(pdf));
        QVERIFY(text.contains(QStringLiteral("本年度无学习计划。")));
        QVERIFY(text.contains(QStringLiteral("本年度无已开展的集体学习。")));
        checkContents(pdf, *empty);
    }

    void cancelStops()
    {
        CancelFlag cancel;
        cancel.cancel();
        auto pdf = LedgerVolumeDocument::renderPdf(m_group, {}, &cancel);
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, ErrorCode::Cancelled);
    }

    // SL_VOLUME_IMAGES=DIR writes the pages of the group's volume as PNG at 50 dpi
    // (docs/images: ledger-volume-N.png).
    void pageImagesForTheDocs()
    {
        const QString dir = qEnvironmentVariable("SL_VOLUME_IMAGES");
        if (dir.isEmpty())
            QSKIP("set SL_VOLUME_IMAGES=DIR to write the page images");
        QVERIFY(QDir().mkpath(dir));
        pdftext::run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                      m_groupPdf, QDir(dir).filePath(QStringLiteral("ledger-volume"))});
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("ledger-volume-01.png"))));
        QFile::remove(QDir(dir).filePath(QStringLiteral("ledger-volume.pdf")));
        QVERIFY(QFile::copy(m_groupPdf, QDir(dir).filePath(QStringLiteral("ledger-volume.pdf"))));
    }
};

QTEST_MAIN(TestLedgerVolume)
#include "TestLedgerVolume.moc"
