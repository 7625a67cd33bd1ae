#include "PlanRepository.h"

#include "Database.h"
#include "ScopeSql.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "Transaction.h"

namespace sl {

namespace {

const QString selectItems = QStringLiteral(
    "SELECT id, plan_id, item_no, month, topic, form, lead, trigger FROM plan_items ");

PlanItem readItem(const QSqlQuery& q, int first = 0)
{
    PlanItem item;
    item.id = q.value(first).toLongLong();
    item.planId = q.value(first + 1).toLongLong();
    item.itemNo = q.value(first + 2).toInt();
    item.month = q.value(first + 3).toInt();
    item.topic = q.value(first + 4).toString();
    item.form = sqlv::toEnum(q.value(first + 5), SessionForm::Collective);
    item.lead = q.value(first + 6).toString();
    item.trigger = sqlv::toEnum<Trigger>(q.value(first + 7));
    return item;
}

Result<std::vector<PlanItem>> readItems(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<PlanItem> out;
    while (q.next())
        out.push_back(readItem(q));
    return out;
}

void bindItem(QSqlQuery& q, const PlanItem& item)
{
    q.addBindValue(item.planId);
    q.addBindValue(item.itemNo);
    q.addBindValue(item.month);
    q.addBindValue(sqlv::text(item.topic));
    q.addBindValue(sqlv::code(item.form));
    q.addBindValue(sqlv::text(item.lead));
    q.addBindValue(sqlv::code(item.trigger));
}

// An item's progress, after the item's own columns of `i` (8…11): how many held sessions carry
// it out (`held`) and the first of them, joined as `f` through firstHeldJoin.
const QString progressColumns = QStringLiteral(
    "(SELECT count(*) FROM sessions s WHERE s.plan_item_id = i.id AND s.status = 'held') AS held, "
    "f.id, f.ext_id, f.date");
const QString firstHeldJoin =
    QStringLiteral(" LEFT JOIN sessions f ON f.id = (SELECT s.id FROM sessions s WHERE "
                   "s.plan_item_id = i.id AND s.status = 'held' ORDER BY s.date, s.start_time, "
                   "s.id LIMIT 1)");

PlanItemProgress readProgress(const QSqlQuery& q)
{
    PlanItemProgress p;
    p.item = readItem(q);
    p.heldSessions = q.value(8).toInt();
    p.firstSessionId = q.value(9).toLongLong();
    p.firstSessionExtId = q.value(10).toString();
    p.firstSessionDate = sqlv::toDate(q.value(11));
    return p;
}

} // namespace

Result<std::optional<StudyPlan>> PlanRepository::plan(qint64 groupId, int year)
{
    auto prepared =
        m_db.prepared(QStringLiteral("SELECT id FROM study_plans WHERE group_id = ? AND year = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(groupId);
    q.addBindValue(year);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<StudyPlan>();
    return planById(q.value(0).toLongLong());
}

Result<std::optional<StudyPlan>> PlanRepository::planById(qint64 planId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, group_id, year, approved_on FROM study_plans WHERE id = ?"));
    q.addBindValue(planId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<StudyPlan>();
    StudyPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.groupId = q.value(1).toLongLong();
    plan.year = q.value(2).toInt();
    plan.approvedOn = sqlv::toDate(q.value(3));
    QSqlQuery items(m_db.connection());
    items.prepare(selectItems + QStringLiteral("WHERE plan_id = ? ORDER BY item_no"));
    items.addBindValue(plan.id);
    auto read = readItems(items);
    if (!read)
        return read.error();
    plan.items = std::move(read).value();
    return std::optional<StudyPlan>(std::move(plan));
}

Result<std::vector<int>> PlanRepository::years(qint64 groupId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT year FROM study_plans WHERE group_id = ? ORDER BY year"));
    q.addBindValue(groupId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<int> out;
    while (q.next())
        out.push_back(q.value(0).toInt());
    return out;
}

Result<qint64> PlanRepository::insertPlan(const StudyPlan& plan)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO study_plans (group_id, year, approved_on) VALUES (?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(plan.groupId);
    q.addBindValue(plan.year);
    q.addBindValue(sqlv::date(plan.approvedOn));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status PlanRepository::updatePlan(const StudyPlan& plan)
{
    auto prepared =
        m_db.prepared(QStringLiteral("UPDATE study_plans SET approved_on = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(sqlv::date(plan.approvedOn));
    q.addBindValue(plan.id);
    return sqlv::exec(q);
}

Status PlanRepository::removePlan(qint64 planId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM study_plans WHERE id = ?"));
    q.addBindValue(planId);
    return sqlv::exec(q);
}

Result<std::optional<PlanItem>> PlanRepository::item(qint64 itemId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectItems + QStringLiteral("WHERE id = ?"));
    q.addBindValue(itemId);
    auto items = readItems(q);
    if (!items)
        return items.error();
    if (items->empty())
        return std::optional<PlanItem>();
    return std::optional<PlanItem>(items->front());
}

Result<std::optional<PlanItem>> PlanRepository::itemByNo(qint64 planId, int itemNo)
{
    auto prepared =
        m_db.prepared(selectItems + QStringLiteral("WHERE plan_id = ? AND item_no = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(planId);
    q.addBindValue(itemNo);
    auto items = readItems(q);
    if (!items)
        return items.error();
    if (items->empty())
        return std::optional<PlanItem>();
    return std::optional<PlanItem>(items->front());
}

Result<qint64> PlanRepository::insertItem(const PlanItem& item)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO plan_items (plan_id, item_no, month, topic, form, lead, "
                       "trigger) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindItem(q, item);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status PlanRepository::updateItem(const PlanItem& item)
{
    auto prepared =
        m_db.prepared(QStringLiteral("UPDATE plan_items SET plan_id = ?, item_no = ?, month = ?, "
                                     "topic = ?, form = ?, lead = ?, trigger = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindItem(q, item);
    q.addBindValue(item.id);
    return sqlv::exec(q);
}

Status PlanRepository::removeItem(qint64 itemId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM plan_items WHERE id = ?"));
    q.addBindValue(itemId);
    return sqlv::exec(q);
}

Status PlanRepository::renumber(qint64 planId, const std::vector<qint64>& itemIdsInOrder)
{
    Transaction tx(m_db);
    // UNIQUE (plan_id, item_no) is checked row by row: move every item out of the way first
    // (numbers above any real one), then give the final numbers.
    QSqlQuery park(m_db.connection());
    park.prepare(QStringLiteral("UPDATE plan_items SET item_no = item_no + "
                                "(SELECT max(item_no) FROM plan_items WHERE plan_id = ?) + ? "
                                "WHERE plan_id = ?"));
    park.addBindValue(planId);
    park.addBindValue(static_cast<qint64>(itemIdsInOrder.size()) + 1);
    park.addBindValue(planId);
    if (Status s = sqlv::exec(park); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE plan_items SET item_no = ? WHERE id = ? AND plan_id = ?"));
    int no = 0;
    for (qint64 id : itemIdsInOrder) {
        q.bindValue(0, ++no);
        q.bindValue(1, id);
        q.bindValue(2, planId);
        if (Status s = sqlv::exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Error::notFound(QStringLiteral("item_no"),
                                   QStringLiteral("item %1 is not in plan %2").arg(id).arg(planId));
    }
    return tx.commit();
}

Result<std::vector<PlanItemProgress>> PlanRepository::progress(qint64 planId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.id, i.plan_id, i.item_no, i.month, i.topic, i.form, i.lead, "
                             "i.trigger, ") +
              progressColumns + QStringLiteral(" FROM plan_items i") + firstHeldJoin +
              QStringLiteral(" WHERE i.plan_id = ? ORDER BY i.item_no"));
    q.addBindValue(planId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<PlanItemProgress> out;
    while (q.next())
        out.push_back(readProgress(q));
    return out;
}

Result<std::vector<PlanItemDue>> PlanRepository::dueInMonth(int year, int month, qint64 rootOrgId)
{
    sqlv::Statement st;
    st.add(QStringLiteral("SELECT i.id, i.plan_id, i.item_no, i.month, i.topic, i.form, i.lead, "
                          "i.trigger, ") +
               progressColumns +
               QStringLiteral(
                   ", g.id, g.name FROM plan_items i JOIN study_plans p ON p.id = i.plan_id "
                   "JOIN study_groups g ON g.id = p.group_id") +
               firstHeldJoin + QStringLiteral(" WHERE p.year = ? AND i.month = ?"),
           {year, month});
    if (rootOrgId > 0)
        st.add(QStringLiteral(" AND g.org_id") + sqlv::inOrgSubtree(), {rootOrgId});
    st.add(QStringLiteral(" ORDER BY held > 0, g.ext_id, i.item_no"));
    QSqlQuery q(m_db.connection());
    if (Status s = sqlv::execute(q, st); !s)
        return s.error();
    std::vector<PlanItemDue> out;
    while (q.next()) {
        PlanItemDue due;
        due.progress = readProgress(q);
        due.groupId = q.value(12).toLongLong();
        due.groupName = q.value(13).toString();
        due.year = year;
        out.push_back(due);
    }
    return out;
}

Status PlanRepository::scan(const PlanFilter& filter,
                            const std::function<Status(const PlanRow&)>& visit)
{
    QString sql = QStringLiteral(
        "SELECT i.id, i.plan_id, i.item_no, i.month, i.topic, i.form, i.lead, i.trigger, "
        "g.ext_id, p.year, p.approved_on FROM plan_items i JOIN study_plans p ON p.id = i.plan_id "
        "JOIN study_groups g ON g.id = p.group_id WHERE 1 = 1");
    QVariantList values;
    if (filter.year > 0) {
        sql += QStringLiteral(" AND p.year = ?");
        values << filter.year;
    }
    if (filter.groupId > 0) {
        sql += QStringLiteral(" AND p.group_id = ?");
        values << filter.groupId;
    }
    if (filter.rootOrgId > 0) {
        sql += QStringLiteral(" AND g.org_id") + sqlv::inOrgSubtree();
        values << filter.rootOrgId;
    }
    sql += QStringLiteral(" ORDER BY g.ext_id, p.year, i.item_no");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s;
    while (q.next()) {
        PlanRow row;
        row.item = readItem(q);
        row.groupExtId = q.value(8).toString();
        row.year = q.value(9).toInt();
        row.approvedOn = sqlv::toDate(q.value(10));
        if (Status s = visit(row); !s)
            return s;
    }
    return {};
}

} // namespace sl
