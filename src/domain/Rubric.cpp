#include "Rubric.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sl {

namespace {

void atLeastZero(std::vector<Error>& out, const char* field, double value)
{
    if (!(value >= 0))
        out.push_back(Error::invalid(QString::fromLatin1(field),
                                     QCoreApplication::translate("sl", "must not be negative")));
}

void aboveZero(std::vector<Error>& out, const char* field, double value)
{
    if (!(value > 0))
        out.push_back(Error::invalid(QString::fromLatin1(field),
                                     QCoreApplication::translate("sl", "must be greater than 0")));
}

} // namespace

int writingUnits(WritingKind kind)
{
    return kind == WritingKind::Report ? 2 : 1;
}

Rubric Rubric::defaults(int year)
{
    Rubric r;
    r.year = year;
    return r;
}

double Rubric::hoursTargetFor(CadreLevel level) const
{
    return level == CadreLevel::NotCadre ? hoursTarget : hoursTargetCadre;
}

int Rubric::notesTargetFor(CadreLevel level) const
{
    return level == CadreLevel::NotCadre ? notesTarget : notesTargetCadre;
}

Grade Rubric::gradeFor(double final) const
{
    if (final >= gradeExcellent)
        return Grade::Excellent;
    if (final >= gradePass)
        return Grade::Pass;
    if (final >= gradeBasicPass)
        return Grade::BasicPass;
    return Grade::Fail;
}

std::vector<Error> Rubric::problems() const
{
    std::vector<Error> out;
    if (year < 1900 || year > 9999)
        out.push_back(Error::invalid(
            QStringLiteral("year"),
            QCoreApplication::translate("sl::Rubric", "must be between 1900 and 9999")));
    atLeastZero(out, "attendance_max", attendanceMax);
    atLeastZero(out, "hours_max", hoursMax);
    atLeastZero(out, "notes_max", notesMax);
    atLeastZero(out, "speeches_max", speechesMax);
    atLeastZero(out, "writings_max", writingsMax);
    // The maxima share the 100 points of the score; checked once each of them is valid.
    const bool maximaValid = attendanceMax >= 0 && hoursMax >= 0 && notesMax >= 0 &&
                             speechesMax >= 0 && writingsMax >= 0;
    if (maximaValid && std::abs(maxTotal() - 100) > 1e-6)
        out.push_back(Error::invalid(
            QStringLiteral("weights"),
            QCoreApplication::translate("sl::Rubric", "the maxima must add up to 100, not %1")
                .arg(QLocale().toString(maxTotal(), 'g', 6))));
    aboveZero(out, "points_present", pointsPresent);
    atLeastZero(out, "points_late", pointsLate);
    atLeastZero(out, "points_early_leave", pointsEarlyLeave);
    atLeastZero(out, "points_excused", pointsExcused);
    atLeastZero(out, "points_absent", pointsAbsent);
    atLeastZero(out, "points_makeup", pointsMakeup);
    aboveZero(out, "hours_target", hoursTarget);
    aboveZero(out, "hours_target_cadre", hoursTargetCadre);
    aboveZero(out, "notes_target", notesTarget);
    aboveZero(out, "notes_target_cadre", notesTargetCadre);
    aboveZero(out, "speeches_target", speechesTarget);
    aboveZero(out, "writings_target", writingsTarget);
    atLeastZero(out, "bonus_per_award", bonusPerAward);
    atLeastZero(out, "bonus_max", bonusMax);
    if (!(gradeExcellent <= 100))
        out.push_back(
            Error::invalid(QStringLiteral("grade_excellent"),
                           QCoreApplication::translate("sl::Rubric", "must not be above 100")));
    if (!(gradeExcellent > gradePass))
        out.push_back(Error::invalid(
            QStringLiteral("grade_pass"),
            QCoreApplication::translate("sl::Rubric", "must be below grade_excellent")));
    if (!(gradePass > gradeBasicPass))
        out.push_back(
            Error::invalid(QStringLiteral("grade_basic_pass"),
                           QCoreApplication::translate("sl::Rubric", "must be below grade_pass")));
    if (!(gradeBasicPass >= 0))
        out.push_back(
            Error::invalid(QStringLiteral("grade_basic_pass"),
                           QCoreApplication::translate("sl::Rubric", "must not be negative")));
    return out;
}

} // namespace sl
