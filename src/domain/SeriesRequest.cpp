#include "SeriesRequest.h"

#include "SessionRules.h"

#include <QCoreApplication>

namespace sl {

std::vector<Error> SeriesRequest::check() const
{
    std::vector<Error> out;
    if (Status s = rule.validate(); !s)
        out.push_back(s.error());
    if (!dates::isSet(from))
        out.push_back(
            Error::invalid(QStringLiteral("from"),
                           QCoreApplication::translate("sl::SeriesRequest", "is required")));
    if (!dates::isSet(to))
        out.push_back(Error::invalid(
            QStringLiteral("to"), QCoreApplication::translate("sl::SeriesRequest", "is required")));
    if (dates::isSet(from) && dates::isSet(to)) {
        if (to < from)
            out.push_back(Error::invalid(
                QStringLiteral("to"),
                QCoreApplication::translate("sl::SeriesRequest", "is before the start date")));
        else if (to >= from + boost::gregorian::years(maxYears))
            out.push_back(Error::invalid(
                QStringLiteral("to"),
                QCoreApplication::translate("sl::SeriesRequest", "a series covers at most %1 years")
                    .arg(maxYears)));
    }
    if (minutes < rules::minSessionMinutes || minutes > rules::maxSessionMinutes)
        out.push_back(
            Error::invalid(QStringLiteral("minutes"),
                           QCoreApplication::translate("sl::SeriesRequest",
                                                       "must be from %1 to %2 minutes, not %3")
                               .arg(rules::minSessionMinutes)
                               .arg(rules::maxSessionMinutes)
                               .arg(minutes)));
    if (topicTemplate.trimmed().isEmpty())
        out.push_back(
            Error::invalid(QStringLiteral("topic"),
                           QCoreApplication::translate("sl::SeriesRequest", "is required")));
    else if (topicTemplate.size() > rules::maxTopicLength)
        out.push_back(Error::invalid(
            QStringLiteral("topic"),
            QCoreApplication::translate("sl::SeriesRequest", "is longer than %1 characters")
                .arg(rules::maxTopicLength)));
    return out;
}

std::vector<Date> SeriesRequest::dates() const
{
    if (!check().empty())
        return {};
    return monthlySeries(rule, from, to, calendar);
}

std::vector<StudySession> SeriesRequest::drafts() const
{
    std::vector<StudySession> out;
    int n = 0;
    for (const Date& date : dates()) {
        StudySession s;
        s.groupId = groupId;
        s.date = date;
        s.start = start;
        s.minutes = minutes;
        s.form = form;
        s.topic = topicFor(date, ++n);
        s.trigger = trigger;
        s.location = location;
        s.host = host;
        s.status = status;
        out.push_back(s);
    }
    return out;
}

QString SeriesRequest::topicFor(const Date& date, int n) const
{
    QString topic = topicTemplate.trimmed();
    if (dates::isSet(date)) {
        topic.replace(QLatin1String("{year}"), QString::number(date.year()));
        topic.replace(QLatin1String("{month}"), QString::number(date.month()));
        topic.replace(QLatin1String("{day}"), QString::number(date.day()));
        topic.replace(QLatin1String("{date}"), dates::toIso(date));
    }
    topic.replace(QLatin1String("{n}"), QString::number(n));
    return topic;
}

} // namespace sl
