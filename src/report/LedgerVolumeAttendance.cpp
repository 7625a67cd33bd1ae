// 三、考勤登记表 of the annual volume: members × held sessions of each group.
#include "ChineseText.h"
#include "LedgerVolumeDocument.h"
#include "LedgerVolumeParts.h"

#include "domain/EnumTraits.h"

#include <algorithm>

namespace sl {

QString LedgerVolumeDocument::mark(const MatrixCell& cell)
{
    if (!cell.status)
        return {};
    QString out;
    switch (*cell.status) {
    case AttendanceStatus::Present:
        return QStringLiteral("出");
    case AttendanceStatus::Late:
        return QStringLiteral("迟");
    case AttendanceStatus::EarlyLeave:
        return QStringLiteral("早");
    case AttendanceStatus::Observer:
        return QStringLiteral("列");
    case AttendanceStatus::Excused:
        out = QStringLiteral("假");
        break;
    case AttendanceStatus::Absent:
        out = QStringLiteral("缺");
        break;
    }
    return cell.madeUp ? out + QStringLiteral("补") : out;
}

namespace volume_parts {

namespace {

using Column = DocumentComposer::Column;

// 实到/应到 of a member over the year: records other than 列席 are expected; 出席, 迟到 and 早退
// attended. Empty for a member with no such record.
QString attendedOfExpected(const AttendanceMatrix& m, size_t row)
{
    int expected = 0, attended = 0;
    for (size_t column = 0; column < m.sessions.size(); ++column) {
        const auto& status = m.cell(row, column).status;
        if (!status || *status == AttendanceStatus::Observer)
            continue;
        ++expected;
        attended += *status == AttendanceStatus::Present || *status == AttendanceStatus::Late ||
                            *status == AttendanceStatus::EarlyLeave
                        ? 1
                        : 0;
    }
    return expected > 0 ? QStringLiteral("%1/%2").arg(attended).arg(expected) : QString();
}

QString shortDate(const Date& d)
{
    return QStringLiteral("%1/%2").arg(int(d.month())).arg(int(d.day()));
}

// The tables of one group: the sessions in runs of sessionsPerTable, each table with the names,
// the roles and the year's 实到/应到.
void groupTables(DocumentComposer& c, const AttendanceMatrix& m)
{
    const size_t total = m.sessions.size();
    for (size_t first = 0; first < total; first += sessionsPerTable) {
        const size_t last = std::min(total, first + sessionsPerTable);
        if (total > sessionsPerTable)
            c.plain(QStringLiteral("第%1至%2次（%3—%4）")
                        .arg(first + 1)
                        .arg(last)
                        .arg(ChineseText::monthDay(m.sessions[first].date),
                             ChineseText::monthDay(m.sessions[last - 1].date)));
        // Names 13 %, roles 9 %, 7 % a session, 实到/应到 8 %; a table of fewer sessions has a
        // 备注 column in the room of the others, as the ruled forms of a paper ledger have.
        const int sessions = int(last - first);
        std::vector<Column> columns{{QStringLiteral("姓名"), 13, flushLeft, true, true},
                                    {QStringLiteral("职务"), 9, centred, true}};
        for (size_t s = first; s < last; ++s)
            columns.push_back({shortDate(m.sessions[s].date), 7, centred, true});
        columns.push_back({QStringLiteral("出勤"), 8, centred, true});
        const bool remarks = sessions < sessionsPerTable;
        if (remarks)
            columns.push_back(
                {QStringLiteral("备注"), 7 * (sessionsPerTable - sessions), flushLeft});
        std::vector<QStringList> rows;
        for (size_t r = 0; r < m.members.size(); ++r) {
            const MatrixMember& member = m.members[r];
            QStringList row{member.name, orBlank(member.role ? enumZh(*member.role) : QString())};
            for (size_t s = first; s < last; ++s)
                row << orBlank(LedgerVolumeDocument::mark(m.cell(r, s)));
            row << orBlank(attendedOfExpected(m, r));
            if (remarks)
                row << orBlank(QString());
            rows.push_back(row);
        }
        c.table(columns, rows, tablePointSize, tablePaddingPt);
    }
}

} // namespace

void attendance(DocumentComposer& c, const LedgerVolume& volume, const QString& heading)
{
    c.heading1(heading);
    if (volume.attendance.empty()) {
        c.paragraph(QStringLiteral("本年度无已开展的集体学习，无考勤记录。"));
        return;
    }
    const bool several = volume.scope.ref.kind == ScopeKind::Organisation;
    int n = 0;
    for (const AttendanceMatrix& m : volume.attendance) {
        if (several)
            c.heading2(groupHeading(++n, m.groupName));
        groupTables(c, m);
    }
    c.plain(QStringLiteral("注：出—出席，迟—迟到，早—早退，假—请假，缺—缺席，列—列席；"
                           "“补”为已补学；空白为当次无考勤记录；出勤为全年实到次数/应到次数。"));
}

} // namespace volume_parts

} // namespace sl
