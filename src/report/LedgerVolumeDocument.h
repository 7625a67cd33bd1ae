#pragma once

#include "DocumentWriter.h"

#include "domain/CancelFlag.h"
#include "domain/LedgerBook.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTextDocument;

namespace sl {

class DocumentComposer;

// Writes the record (学习记录) of one held session into the volume.
using SessionRecordComposer = std::function<void(DocumentComposer&, const StudyRecord&)>;

// 年度学习台账 of a group or an organisation (LedgerVolume) as one document in the official
// layout of the archive and the bulletin (OfficialPage, DocumentComposer): a cover (the organ,
// the group or organisation, the year), a contents page with page numbers, then, each part on a
// new page, 一、年度学习计划（完成情况） 二、学习记录 三、考勤登记表 四、个人自学情况
// 五、心得体会与调研成果 and, when the volume has an assessment, 六、学习考核. The records come
// in date order, each on a page of its own as a bound paper ledger has them, under a line
// `第N次　date` that the volume writes and the session's record below it; the record itself is
// written by the `sessionRecord` given, else by the session-record document
// (StudyRecordDocument::compose, the same as `report session`). The PDF carries bookmarks per part
// and per session.
class LedgerVolumeDocument
{
public:
    // What an anchor of the document starts: a part (level 0) or a session's record (level 1).
    struct Anchor
    {
        int id = 0;
        int level = 0;
        QString title; // as the contents and the bookmarks name it
    };
    struct Built
    {
        std::unique_ptr<QTextDocument> document;
        std::vector<Anchor> anchors; // in the order of the document
    };

    // The document, its contents page numbered from `pages` (the anchors' pages, 0-based, as
    // DocumentWriter::anchorPages gives them; an empty map leaves the numbers blank in the
    // same room).
    static Built build(const LedgerVolume& volume, const SessionRecordComposer& sessionRecord = {},
                       const DocumentWriter::AnchorPages& pages = {});

    // The PDF: built, laid out to find the pages of the parts and sessions, built again with
    // the contents numbered, painted, checked that every anchor stayed on its page (else
    // numbered and painted once more), and given the bookmarks. `progress` hears the share done
    // (0…1); stops with ErrorCode::Cancelled once `cancel` is set.
    static Result<QByteArray> renderPdf(const LedgerVolume& volume,
                                        const SessionRecordComposer& sessionRecord = {},
                                        const CancelFlag* cancel = nullptr,
                                        const std::function<void(double)>& progress = {});

    // "学习组G01 2026年度学习台账": the document title (PDF metadata).
    static QString title(const LedgerVolume& volume);

    // A cell of the attendance table: 出 迟 早 假 缺 列, 假补 / 缺补 when made up, empty
    // without a record.
    static QString mark(const MatrixCell& cell);

    // Sessions are listed one by one in the contents up to this many (about three pages); the
    // bookmarks list every one.
    static constexpr int maxContentsSessions = 60;
};

} // namespace sl
