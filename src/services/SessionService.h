#pragma once

#include "domain/Result.h"
#include "domain/SeriesRequest.h"
#include "domain/SessionRecords.h"
#include "domain/SessionSnapshot.h"
#include "domain/StudySession.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 学习活动: listing, the editor's save with every rule, sessions from a plan item, monthly
// series (previewed, then created in one transaction), external numbers for new sessions and
// the attached materials. Changes need Access (Action::SessionWrite) for the group's organisation.
class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(sl::SessionService)

public:
    explicit SessionService(Ledger& ledger) : m_ledger(ledger) {}

    // Sessions by group(s), period and filters, a page at a time (limited to the account's
    // organisations).
    Result<std::vector<SessionRow>> list(const SessionQuery& query);
    Result<qint64> count(const SessionQuery& query);
    Result<std::optional<StudySession>> session(qint64 id);
    Result<std::optional<StudySession>> byExtId(const QString& extId);
    // Every session the query selects (group number, date order), one at a time, for exports.
    Status exportRows(const SessionQuery& query,
                      const std::function<Status(const SessionRow&)>& visit);

    // Every problem of the session as it would be saved, each naming its field: the rules of
    // SessionRules; the group exists ("group_id"); the number is free ("id"); the plan item
    // belongs to the group's plan for the year of the date ("plan_item"); the speaker member or
    // expert exists ("speaker"); a session with attendance or speeches stays held ("status").
    std::vector<Error> check(const StudySession& session);
    // Inserts (id 0) or updates the session; refused with the first problem of check(). An empty
    // number gets nextExtId(); an empty speaker text takes the speaker member's or expert's
    // name. Returns the session's id.
    Result<qint64> save(const StudySession& session);
    // Removes the session with its attendance, speeches and materials (also their files).
    Status remove(qint64 id);
    // The session whole, as remove() would take it away (SessionRestore.cpp): its attendance,
    // speeches and materials with their files' content. Needs Action::SessionWrite.
    Result<SessionSnapshot> snapshot(qint64 id);
    // Brings a removed session back whole in one transaction, audited: the session (a new id, its
    // number as before, refused with the first problem of check() — e.g. "id" when the number is
    // taken again), its attendance, speeches and materials (their files written back; refused
    // when a file is in the way). Returns the session's new id.
    Result<qint64> restore(const SessionSnapshot& snapshot);

    // "<group number>-<yyyyMMdd>-<n>" with the first free n from 1.
    Result<QString> nextExtId(qint64 groupId, const Date& date);

    // A new session carrying out a plan item: the item's group, topic, form, trigger and lead
    // speaker (领学人), on `date`, planned when the date is after today, else held.
    Result<StudySession> draftFromPlanItem(qint64 planItemId, const Date& date);

    // The dates a series would get (SeriesRequest::check() problems are returned as the error).
    Result<std::vector<Date>> previewSeries(const SeriesRequest& request);
    // Creates every session of the series in one transaction; returns their ids by date.
    Result<std::vector<qint64>> createSeries(const SeriesRequest& request);

    // Attached materials, kept in `<db>.files/<session number>/` beside the database.
    static QString filesFolder(const QString& databasePath);
    QString materialPath(const SessionMaterial& material) const;
    Result<std::vector<SessionMaterial>> materials(qint64 sessionId);
    // Copies the file into the session's folder (a name already there gets " (2)", " (3)" …)
    // and records it. Returns the material's id.
    Result<qint64> attachMaterial(qint64 sessionId, const QString& sourcePath);
    // Forgets the material and deletes its copy.
    Status removeMaterial(qint64 materialId);

private:
    Result<qint64> write(StudySession session);
    Status mayEditSession(qint64 sessionId, StudySession* found = nullptr);

    Ledger& m_ledger;
};

} // namespace sl
