#include "RosterRules.h"

#include "TextRules.h"

#include <QCoreApplication>

namespace sl::rules {

namespace {

constexpr int maxNameLength = 64;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Empty, or: an optional leading +, then digits; a space or hyphen only between two digits.
// `+86 138-0013-8000` and `010-12345678` pass; `+1+1`, `--`, `-1`, `1-` and `=1+1` do not.
bool isPhoneText(const QString& phone)
{
    if (phone.isEmpty())
        return true;
    if (phone.size() > 20)
        return false;
    const qsizetype start = phone.front() == u'+' ? 1 : 0;
    if (start >= phone.size())
        return false;
    for (qsizetype i = start; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (isAsciiDigit(c))
            continue;
        if ((c == u' ' || c == u'-') && i > start && i + 1 < phone.size() &&
            isAsciiDigit(phone.at(i - 1)) && isAsciiDigit(phone.at(i + 1)))
            continue;
        return false;
    }
    return true;
}

} // namespace

std::optional<Error> checkKeyCharacters(const QString& key, const QString& field)
{
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const QChar::Category category = c.category();
        const bool loneSurrogate =
            (c.isHighSurrogate() && (i + 1 >= key.size() || !key.at(i + 1).isLowSurrogate())) ||
            (c.isLowSurrogate() && (i == 0 || !key.at(i - 1).isHighSurrogate()));
        if (category == QChar::Other_Format || category == QChar::Other_Control || loneSurrogate ||
            c == u'\uFFFD' || c == u'\uFFFE' || c == u'\uFFFF')
            return Error::invalid(
                field, QCoreApplication::translate("sl::rules",
                                                   "contains an invisible or control character "
                                                   "(U+%1 at position %2); type it again")
                           .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper())
                           .arg(i + 1));
    }
    return std::nullopt;
}

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
    if (auto e = checkKeyCharacters(extId, field))
        return e;
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

QString nextExtId(const QString& highest)
{
    qsizetype start = highest.size();
    while (start > 0 && highest.at(start - 1).isDigit() && highest.at(start - 1).unicode() < 128)
        --start;
    const QString digits = highest.mid(start);
    if (digits.isEmpty() || digits.size() > 18)
        return {};
    const QString next = QString::number(digits.toLongLong() + 1);
    return highest.left(start) + next.rightJustified(digits.size(), QLatin1Char('0'));
}

} // namespace sl::rules
