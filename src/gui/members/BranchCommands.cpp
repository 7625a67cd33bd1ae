#include "gui/members/BranchCommands.h"

#include "services/BranchService.h"

#include <QCoreApplication>

namespace sl {

namespace {

enum class Step
{
    New,
    Edit,
    Remove
};

// The text of a command in Edit › Undo ("撤销 新建学习组“…”").
QString commandText(Step step, const QString& what)
{
    switch (step) {
    case Step::New:
        return QCoreApplication::translate("sl::BranchCommand", "New %1").arg(what);
    case Step::Edit:
        return QCoreApplication::translate("sl::BranchCommand", "Edit %1").arg(what);
    case Step::Remove:
        break;
    }
    return QCoreApplication::translate("sl::BranchCommand", "Remove %1").arg(what);
}

// What each kind of record is called, and how it is written and removed.
QString describe(const Organisation& o)
{
    return QCoreApplication::translate("sl::BranchCommand", "organisation “%1”").arg(o.name);
}

QString describe(const StudyGroup& g)
{
    return QCoreApplication::translate("sl::BranchCommand", "study group “%1”").arg(g.name);
}

QString describe(const GroupMembership&)
{
    return QCoreApplication::translate("sl::BranchCommand", "group membership");
}

Result<qint64> save(BranchService& s, const Organisation& o)
{
    return s.saveOrganisation(o);
}

Result<qint64> save(BranchService& s, const StudyGroup& g)
{
    return s.saveGroup(g);
}

Result<qint64> save(BranchService& s, const GroupMembership& m)
{
    return s.saveMembership(m);
}

Status remove(BranchService& s, const Organisation&, qint64 id)
{
    return s.removeOrganisation(id);
}

Status remove(BranchService& s, const StudyGroup&, qint64 id)
{
    return s.removeGroup(id);
}

Status remove(BranchService& s, const GroupMembership&, qint64 id)
{
    return s.removeMembership(id);
}

// The kinds share the stack's IdAliases: an id is kept there as a key of its kind, so that an
// organisation and a group of the same number never meet.
constexpr int tagOf(const Organisation*)
{
    return 1;
}
constexpr int tagOf(const StudyGroup*)
{
    return 2;
}
constexpr int tagOf(const GroupMembership*)
{
    return 3;
}

qint64 keyOf(int tag, qint64 id)
{
    return -(id * 4 + tag);
}

qint64 idOf(int tag, qint64 key)
{
    return (-key - tag) / 4;
}

// The record with the ids it refers to resolved through the stack's aliases.
template <class Resolve> Organisation resolved(Organisation o, const Resolve& r)
{
    if (o.parentId != 0)
        o.parentId = r(tagOf(&o), o.parentId);
    return o;
}

template <class Resolve> StudyGroup resolved(StudyGroup g, const Resolve& r)
{
    g.orgId = r(tagOf(static_cast<Organisation*>(nullptr)), g.orgId);
    return g;
}

template <class Resolve> GroupMembership resolved(GroupMembership m, const Resolve& r)
{
    m.groupId = r(tagOf(static_cast<StudyGroup*>(nullptr)), m.groupId);
    return m;
}

} // namespace

template <class Record>
SaveBranchCommand<Record>::SaveBranchCommand(BranchService& service,
                                             std::shared_ptr<Context> context,
                                             std::optional<Record> before, const Record& after)
    : LedgerCommand(std::move(context),
                    commandText(before ? Step::Edit : Step::New, describe(after))),
      m_service(service), m_before(std::move(before)), m_after(after)
{
}

template <class Record> qint64 SaveBranchCommand<Record>::recordId() const
{
    return m_before ? m_before->id : m_firstId;
}

template <class Record> qint64 SaveBranchCommand<Record>::find(int tag, qint64 id) const
{
    return idOf(tag, resolve(keyOf(tag, id)));
}

template <class Record> Status SaveBranchCommand<Record>::apply()
{
    const int tag = tagOf(&m_after);
    Record record = resolved(m_after, [this](int t, qint64 id) { return find(t, id); });
    if (!m_before) {
        record.id = 0;
        auto saved = save(m_service, record);
        if (!saved)
            return saved.error();
        if (m_firstId == 0)
            m_firstId = *saved;
        else
            alias(resolve(keyOf(tag, m_firstId)), keyOf(tag, *saved));
        return {};
    }
    record.id = find(tag, m_before->id);
    auto saved = save(m_service, record);
    return saved ? Status() : Status(saved.error());
}

template <class Record> Status SaveBranchCommand<Record>::revert()
{
    const int tag = tagOf(&m_after);
    if (!m_before)
        return remove(m_service, m_after, find(tag, m_firstId));
    Record record = resolved(*m_before, [this](int t, qint64 id) { return find(t, id); });
    record.id = find(tag, m_before->id);
    auto saved = save(m_service, record);
    return saved ? Status() : Status(saved.error());
}

template <class Record>
RemoveBranchCommand<Record>::RemoveBranchCommand(BranchService& service,
                                                 std::shared_ptr<Context> context,
                                                 const Record& record)
    : LedgerCommand(std::move(context), commandText(Step::Remove, describe(record))),
      m_service(service), m_record(record)
{
}

template <class Record> qint64 RemoveBranchCommand<Record>::find(int tag, qint64 id) const
{
    return idOf(tag, resolve(keyOf(tag, id)));
}

template <class Record> Status RemoveBranchCommand<Record>::apply()
{
    return remove(m_service, m_record, find(tagOf(&m_record), m_record.id));
}

template <class Record> Status RemoveBranchCommand<Record>::revert()
{
    const int tag = tagOf(&m_record);
    Record record = resolved(m_record, [this](int t, qint64 id) { return find(t, id); });
    record.id = 0;
    auto saved = save(m_service, record);
    if (!saved)
        return saved.error();
    alias(resolve(keyOf(tag, m_record.id)), keyOf(tag, *saved));
    return {};
}

template class SaveBranchCommand<Organisation>;
template class SaveBranchCommand<StudyGroup>;
template class SaveBranchCommand<GroupMembership>;
template class RemoveBranchCommand<Organisation>;
template class RemoveBranchCommand<StudyGroup>;
template class RemoveBranchCommand<GroupMembership>;

} // namespace sl
