#pragma once

#include "Bulletin.h"

#include <QString>
#include <QStringList>

namespace sl {

// How the bulletin writes its figures and lists (docs/spec-readings.md "Bulletin document"):
// figures rounded half away from zero, dates without leading zeros, 万字 from 10,000
// characters on, lists joined with 、 and the counts of people in the customary words.
namespace wording {

QString number(double value, int decimals); // 20.6
QString hours(qint64 minutes);              // minutes / 60 with one decimal: 20.6
QString percent(double share);              // 0.9347 → 93.5%
// part of whole as percent(); the caller makes sure whole is not 0.
QString percentOf(qint64 part, qint64 whole);
// Characters of notes: 4500字 below 10,000, else 万字 with one decimal (123456 → 12.3万字).
QString characters(qint64 chars);
QString date(const Date& d);     // 2026年3月5日; empty for no date
QString monthDay(const Date& d); // 3月5日

// "2026年度" for a calendar year, else Period::label() (2026年第一季度, 2026年3月 …).
QString periodName(const Period& period);
// "全年" for a calendar year, "本期" otherwise: the period as a sentence refers back to it.
QString periodShort(const Period& period);

// A topic in Chinese quotation marks, unless it already opens with a quotation mark or a
// title mark (《…》).
QString quoted(const QString& topic);
// a、b、c; with more than `most` items the first `most` and 等 (a、b等).
QString joined(const QStringList& items, int most = 0);

// How many people `count` is among `total`, without names: 个别 (one), 少数 (at most a fifth,
// or two), 部分 (more). Followed by 同志, 党组织, 学习组 … by the caller.
QString share(int count, int total);

} // namespace wording

} // namespace sl
