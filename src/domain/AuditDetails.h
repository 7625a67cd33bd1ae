#pragma once

#include "AuditRecords.h"
#include "Member.h"
#include "Registers.h"
#include "Rubric.h"
#include "SelfStudyEntry.h"
#include "StudyPlan.h"
#include "StudySession.h"
#include "Writing.h"

namespace sl::audit {

// The readable summaries of the audit trail: what a record is ("M001 张三"), and for an update
// only what changed, before → after ("时长 90 → 120 分钟"). Chinese, as the trail is kept.

QString memberText(const Member& m);
QString memberChange(const Member& before, const Member& after);

QString sessionText(const StudySession& s);
QString sessionChange(const StudySession& before, const StudySession& after);

// "出席", "请假（病假）": the status of an attendance record with its reason.
QString attendanceState(const Attendance& a);

QString selfStudyText(const SelfStudyEntry& e);
QString selfStudyChange(const SelfStudyEntry& before, const SelfStudyEntry& after);

QString writingText(const Writing& w);
QString writingChange(const Writing& before, const Writing& after);
QString awardText(const std::optional<Award>& award); // "无" when none

QString expertChange(const Expert& before, const Expert& after);
QString modelUnitText(const ModelUnit& u);
QString modelUnitChange(const ModelUnit& before, const ModelUnit& after);

QString planItemText(const PlanItem& item);
QString planItemChange(const PlanItem& before, const PlanItem& after);

QString rubricChange(const Rubric& before, const Rubric& after);

} // namespace sl::audit
