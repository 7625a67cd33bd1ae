#include "RosterRules.h"

#include "TextRules.h"

#include <QCoreApplication>

namespace sl::rules {

namespace {

constexpr int maxNameLength = 64;

bool isPhoneText(const QString& phone)
{
    for (const QChar c : phone) {
        if (!c.isDigit() && c != QLatin1Char('-') && c != QLatin1Char('+') && c != QLatin1Char(' '))
            return false;
    }
    return phone.size() <= 20;
}

} // namespace

std::optional<Error> checkExtId(const QString& extId, const QString& field)
{
    if (extId.isEmpty())
        return Error::invalid(field, QCoreApplication::translate("sl::rules", "is required"));
    if (extId.size() > 32)
        return Error::invalid(
            field, QCoreApplication::translate("sl::rules", "is longer than 32 characters"));
    for (const QChar c : extId) {
        if (c.isSpace())
            return Error::invalid(
                field, QCoreApplication::translate("sl::rules", "must not contain spaces"));
    }
    return checkCharacters(extId, field, TextKind::Name);
}

std::vector<Error> checkOrganisation(const Organisation& org)
{
    std::vector<Error> out;
    if (auto e = checkExtId(org.extId, QStringLiteral("id")))
        out.push_back(*e);
    checkText(out, org.name, QStringLiteral("name"), maxNameLength, true, TextKind::Name);
    if (org.id != 0 && org.parentId == org.id)
        out.push_back(Error::invalid(
            QStringLiteral("parent_id"),
            QCoreApplication::translate("sl::rules", "an organisation cannot be its own parent")));
    return out;
}

std::vector<Error> checkMember(const Member& m, const Date& today)
{
    std::vector<Error> out;
    if (auto e = checkExtId(m.extId, QStringLiteral("id")))
        out.push_back(*e);
    checkText(out, m.name, QStringLiteral("name"), maxNameLength, true, TextKind::Name);
    if (dates::isSet(m.birthDate) && m.birthDate > today)
        out.push_back(
            Error::invalid(QStringLiteral("birth_date"),
                           QCoreApplication::translate("sl::rules", "lies in the future")));
    if (dates::isSet(m.joinDate)) {
        if (m.joinDate > today)
            out.push_back(
                Error::invalid(QStringLiteral("join_date"),
                               QCoreApplication::translate("sl::rules", "lies in the future")));
        else if (dates::isSet(m.birthDate) &&
                 m.joinDate < m.birthDate + boost::gregorian::years(18))
            out.push_back(Error::invalid(
                QStringLiteral("join_date"),
                QCoreApplication::translate("sl::rules", "is before the member's 18th birthday")));
    }
    checkText(out, m.position, QStringLiteral("position"), maxNameLength, false, TextKind::Line);
    if (!isPhoneText(m.phone))
        out.push_back(
            Error::invalid(QStringLiteral("phone"),
                           QCoreApplication::translate(
                               "sl::rules", "may hold only digits, spaces, + and - (20 at most)")));
    return out;
}

std::vector<Error> checkGroup(const StudyGroup& g)
{
    std::vector<Error> out;
    if (auto e = checkExtId(g.extId, QStringLiteral("id")))
        out.push_back(*e);
    checkText(out, g.name, QStringLiteral("name"), maxNameLength, true, TextKind::Name);
    return out;
}

std::vector<Error> checkMembership(const GroupMembership& m)
{
    std::vector<Error> out;
    if (dates::isSet(m.from) && dates::isSet(m.to) && m.to < m.from)
        out.push_back(
            Error::invalid(QStringLiteral("to"),
                           QCoreApplication::translate("sl::rules", "is before the start date")));
    return out;
}

} // namespace sl::rules
