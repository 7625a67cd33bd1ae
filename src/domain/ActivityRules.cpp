#include "ActivityRules.h"

#include "CharCount.h"
#include "TextRules.h"

#include <QCoreApplication>

namespace sl::rules {

namespace {

void checkDate(std::vector<Error>& out, const Date& date, const Date& today)
{
    if (!dates::isSet(date))
        out.push_back(Error::invalid(QStringLiteral("date"),
                                     QCoreApplication::translate("sl::rules", "is required")));
    else if (dates::isSet(today) && date > today)
        out.push_back(Error::invalid(
            QStringLiteral("date"),
            QCoreApplication::translate("sl::rules", "lies in the future (today is %1)")
                .arg(dates::toIso(today))));
}

} // namespace

std::vector<Error> checkSelfStudy(const SelfStudyEntry& entry, const Date& today)
{
    std::vector<Error> out;
    checkDate(out, entry.date, today);
    if (entry.minutes < minMinutes || entry.minutes > maxMinutes)
        out.push_back(Error::invalid(
            QStringLiteral("minutes"),
            QCoreApplication::translate("sl::rules", "must be from %1 to %2 minutes, not %3")
                .arg(minMinutes)
                .arg(maxMinutes)
                .arg(entry.minutes)));
    checkText(out, entry.material, QStringLiteral("material"), maxMaterialLength, true,
              TextKind::Line);
    if (auto e = checkCharacters(entry.notes, QStringLiteral("notes"), TextKind::FreeText))
        out.push_back(*e);
    return out;
}

std::vector<Error> checkWriting(const Writing& writing, const Date& today)
{
    std::vector<Error> out;
    checkText(out, writing.title, QStringLiteral("title"), maxTitleLength, true, TextKind::Line);
    checkDate(out, writing.date, today);
    if (writing.chars && (*writing.chars < 0 || *writing.chars > maxWritingChars))
        out.push_back(Error::invalid(
            QStringLiteral("chars"),
            QCoreApplication::translate("sl::rules", "must be from 0 to %1 characters, not %2")
                .arg(maxWritingChars)
                .arg(*writing.chars)));
    else if (!writing.chars && writing.text.trimmed().isEmpty())
        out.push_back(Error::invalid(
            QStringLiteral("chars"),
            QCoreApplication::translate(
                "sl::rules",
                "give the length (字数/chars) or the text (正文/text) of the writing")));
    if (auto e = checkCharacters(writing.text, QStringLiteral("text"), TextKind::FreeText))
        out.push_back(*e);
    checkText(out, writing.published, QStringLiteral("published"), maxPublishedLength, false,
              TextKind::Line);
    return out;
}

int writingLength(const Writing& writing)
{
    return writing.chars ? *writing.chars : countCharacters(writing.text);
}

} // namespace sl::rules
