#pragma once

#include "DocumentComposer.h"

#include "domain/LedgerBook.h"

#include <QString>

// The parts of the annual volume (LedgerVolumeDocument) after the records: each writes its
// heading and its tables into the composer. Shared by the volume's source files only.
namespace sl::volume_parts {

constexpr double tablePointSize = 10.5; // 五号
constexpr double tablePaddingPt = 1.5;
constexpr Qt::Alignment centred = Qt::AlignHCenter;
constexpr Qt::Alignment flushLeft = Qt::AlignLeft | Qt::AlignAbsolute;

// The text of a table cell; a no-break space for none: a cell without text takes the
// document's default type (3号) for its line, and its row would stand taller than the others.
QString orBlank(const QString& text);

// 一 二 … 十, 十一 … 九十九; the figure itself from 100.
QString numeral(int n);
// "（一）学习组G01": the heading of a group's share of a part in an organisation's volume.
QString groupHeading(int n, const QString& groupName);

// 一、年度学习计划（完成情况）: each group's plan with the sessions that carried out its items.
void plan(DocumentComposer& c, const LedgerVolume& volume, const QString& heading);
// 三、考勤登记表: members × sessions of each group, in tables of at most `sessionsPerTable`
// sessions, the names repeated; the legend below.
void attendance(DocumentComposer& c, const LedgerVolume& volume, const QString& heading);
constexpr int sessionsPerTable = 10;
// 四、个人自学情况
void selfStudy(DocumentComposer& c, const LedgerVolume& volume, const QString& heading);
// 五、心得体会与调研成果
void writings(DocumentComposer& c, const LedgerVolume& volume, const QString& heading);
// 六、学习考核 (the volume has an assessment)
void assessment(DocumentComposer& c, const LedgerVolume& volume, const QString& heading);

} // namespace sl::volume_parts
