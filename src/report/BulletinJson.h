#pragma once

#include "domain/Bulletin.h"

#include <QByteArray>

namespace sl {

// `report bulletin --format json` (FORMATS.md "JSON output"): one object, in UTF-8, with its keys
// in this order — "period" {from, to}, "scope" {kind ("group" | "org", as `assess`), id, name},
// then every figure of METRICS.md "Bulletin figures" under its name there as nested keys
// (sessions, plan, attendance, makeup, self_study, members, notes, speeches, writings; every
// form under sessions.by_form, zero included) and, when the data has grade counts (a calendar
// year), "assessment": {"grades": {"优秀": n, "合格": n, "基本合格": n, "不合格": n}}.
// attendance.participation_rate is a fraction rounded to 4 decimals, half away from zero, with
// trailing zeros dropped (7/11 → 0.6364, 1 → 1, no records → 0).
class BulletinJson
{
public:
    static QByteArray write(const BulletinData& data);

    // The rate as written: at most 4 decimals, half away from zero, trailing zeros dropped.
    static QString rate(double value);
};

} // namespace sl
