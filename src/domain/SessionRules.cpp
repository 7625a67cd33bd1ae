#include "SessionRules.h"

#include "Period.h"
#include "RosterRules.h"
#include "TextRules.h"

#include <QCoreApplication>

namespace sl::rules {

namespace {

void checkText(std::vector<Error>& out, const QString& value, const char* field, int maxLength,
               bool required, TextKind kind)
{
    rules::checkText(out, value, QString::fromLatin1(field), maxLength, required, kind);
}

} // namespace

std::vector<Error> checkPlanYear(int year)
{
    std::vector<Error> out;
    if (year < Period::kMinYear || year > Period::kMaxYear)
        out.push_back(Error::invalid(
            QStringLiteral("year"),
            QCoreApplication::translate("sl::rules", "must be a year from %1 to %2, not %3")
                .arg(Period::kMinYear)
                .arg(Period::kMaxYear)
                .arg(year)));
    return out;
}

std::vector<Error> checkPlanItem(const PlanItem& item)
{
    std::vector<Error> out;
    if (item.itemNo < 1)
        out.push_back(Error::invalid(
            QStringLiteral("item_no"),
            QCoreApplication::translate("sl::rules", "must be a number from 1, not %1")
                .arg(item.itemNo)));
    if (item.month < 1 || item.month > 12)
        out.push_back(Error::invalid(
            QStringLiteral("month"),
            QCoreApplication::translate("sl::rules", "must be a month from 1 to 12, not %1")
                .arg(item.month)));
    checkText(out, item.topic, "topic", maxTopicLength, true, TextKind::Line);
    checkText(out, item.lead, "lead", maxPersonLength, false, TextKind::Name);
    return out;
}

std::vector<Error> checkSession(const StudySession& s)
{
    std::vector<Error> out;
    if (!s.extId.isEmpty()) {
        if (auto e = checkExtId(s.extId, QStringLiteral("id")))
            out.push_back(*e);
    }
    if (!dates::isSet(s.date))
        out.push_back(Error::invalid(QStringLiteral("date"),
                                     QCoreApplication::translate("sl::rules", "is required")));
    if (s.minutes < minSessionMinutes || s.minutes > maxSessionMinutes)
        out.push_back(Error::invalid(
            QStringLiteral("minutes"),
            QCoreApplication::translate("sl::rules", "must be from %1 to %2 minutes, not %3")
                .arg(minSessionMinutes)
                .arg(maxSessionMinutes)
                .arg(s.minutes)));
    checkText(out, s.topic, "topic", maxTopicLength, true, TextKind::Line);
    checkText(out, s.speaker, "speaker", maxPersonLength, false, TextKind::Name);
    checkText(out, s.host, "host", maxPersonLength, false, TextKind::Name);
    checkText(out, s.recorder, "recorder", maxPersonLength, false, TextKind::Name);
    checkText(out, s.location, "location", maxTopicLength, false, TextKind::Line);
    if (auto e = checkCharacters(s.minutesText, QStringLiteral("minutes_text"), TextKind::FreeText))
        out.push_back(*e);
    if (s.speakerMemberId > 0 && s.speakerExpertId > 0)
        out.push_back(Error::invalid(
            QStringLiteral("speaker"),
            QCoreApplication::translate(
                "sl::rules", "is either a member or an expert from the pool, not both")));
    return out;
}

std::vector<Error> checkAttendance(const Attendance& a, const Date& sessionDate)
{
    std::vector<Error> out;
    if (a.status == AttendanceStatus::Excused && a.reason.trimmed().isEmpty())
        out.push_back(
            Error::invalid(QStringLiteral("reason"),
                           QCoreApplication::translate(
                               "sl::rules", "is required when the status is 请假 (excused)")));
    checkText(out, a.reason, "reason", maxReasonLength, false, TextKind::Line);
    if (auto e = checkCharacters(a.makeupNote, QStringLiteral("makeup_note"), TextKind::FreeText))
        out.push_back(*e);
    if (!a.owesMakeup()) {
        if (dates::isSet(a.makeupDate))
            out.push_back(Error::invalid(
                QStringLiteral("makeup_date"),
                QCoreApplication::translate(
                    "sl::rules",
                    "only a 请假 (excused) or 缺席 (absent) record has a make-up date, not %1")
                    .arg(enumZh(a.status))));
        else if (!a.makeupNote.trimmed().isEmpty())
            out.push_back(Error::invalid(
                QStringLiteral("makeup_note"),
                QCoreApplication::translate(
                    "sl::rules",
                    "only a 请假 (excused) or 缺席 (absent) record has a make-up note, not %1")
                    .arg(enumZh(a.status))));
    } else if (dates::isSet(a.makeupDate) && dates::isSet(sessionDate) &&
               a.makeupDate < sessionDate) {
        out.push_back(
            Error::invalid(QStringLiteral("makeup_date"),
                           QCoreApplication::translate("sl::rules", "%1 is before the session (%2)")
                               .arg(dates::toIso(a.makeupDate), dates::toIso(sessionDate))));
    }
    return out;
}

std::vector<Error> checkSpeech(const Speech& speech)
{
    std::vector<Error> out;
    checkText(out, speech.title, "title", maxTopicLength, true, TextKind::Line);
    return out;
}

std::vector<Error> checkExpert(const Expert& expert)
{
    std::vector<Error> out;
    checkText(out, expert.name, "name", maxPersonLength, true, TextKind::Name);
    checkText(out, expert.title, "title", maxPersonLength, false, TextKind::Line);
    checkText(out, expert.affiliation, "affiliation", maxTopicLength, false, TextKind::Line);
    checkText(out, expert.fields, "fields", maxTopicLength, false, TextKind::Line);
    return out;
}

std::vector<Error> checkModelUnit(const ModelUnit& unit)
{
    std::vector<Error> out;
    checkText(out, unit.name, "name", maxTopicLength, true, TextKind::Name);
    if (unit.orgId <= 0)
        out.push_back(
            Error::invalid(QStringLiteral("org_id"),
                           QCoreApplication::translate("sl::rules", "choose an organisation")));
    for (const Error& e : checkPlanYear(unit.year))
        out.push_back(e);
    return out;
}

std::optional<Error> checkModelTransition(ModelStatus from, ModelStatus to)
{
    const bool allowed = (from == ModelStatus::Applied &&
                          (to == ModelStatus::Recognised || to == ModelStatus::Revoked)) ||
                         (from == ModelStatus::Recognised && to == ModelStatus::Revoked);
    if (allowed)
        return std::nullopt;
    return Error::invalid(
        QStringLiteral("status"),
        QCoreApplication::translate(
            "sl::rules", "cannot change from %1 to %2 (申报 → 认定 or 撤销, 认定 → 撤销)")
            .arg(enumZh(from), enumZh(to)));
}

} // namespace sl::rules
