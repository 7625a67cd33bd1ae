#pragma once

#include "gui/common/LedgerCommand.h"

#include <functional>
#include <optional>

namespace sl {

// How one kind of record is written and removed by id (through its service):
// save(record) with id 0 makes a new record and gives its id; remove(id) removes it.
template <class Record> struct RecordKeeper
{
    std::function<Result<qint64>(const Record&)> save;
    std::function<Status(qint64)> remove;

    // The keeper of a service with Result<qint64> save(const Record&) and Status remove(qint64).
    template <class Service> static RecordKeeper of(Service& service)
    {
        return {[&service](const Record& r) { return service.save(r); },
                [&service](qint64 id) { return service.remove(id); }};
    }
};

// The undoable save and remove of one record through its RecordKeeper, made by the command's
// first redo (or, `alreadyDone`, by a form that saved and checked it before the push: `after`
// then carries the id it got). A record that an undo or redo creates again gets a new id, kept
// in the stack's IdAliases so that later steps still find it. The command's text (Edit › Undo)
// is the caller's.

// A new record (undo removes it, redo creates it again) or a changed one (undo writes it back
// as it was).
template <class Record> class SaveRecordCommand : public LedgerCommand
{
public:
    // `before`: the record as stored (nullopt for a new one); `after`: as it is to be.
    SaveRecordCommand(RecordKeeper<Record> keeper, std::shared_ptr<Context> context,
                      std::optional<Record> before, const Record& after, const QString& text,
                      bool alreadyDone = false)
        : LedgerCommand(std::move(context), text, alreadyDone), m_keeper(std::move(keeper)),
          m_before(std::move(before)), m_after(after),
          m_firstId(alreadyDone && !m_before ? after.id : 0)
    {
    }
    // The record's id (as first made, for a new one; 0 before the first redo).
    qint64 recordId() const { return m_before ? m_before->id : m_firstId; }

protected:
    Status apply() override
    {
        Record r = m_after;
        r.id = m_before ? resolve(m_before->id) : 0;
        auto saved = m_keeper.save(r);
        if (!saved)
            return saved.error();
        if (!m_before) {
            if (m_firstId == 0)
                m_firstId = *saved;
            else
                alias(resolve(m_firstId), *saved);
        }
        return {};
    }
    Status revert() override
    {
        if (!m_before)
            return m_keeper.remove(resolve(m_firstId));
        Record r = *m_before;
        r.id = resolve(m_before->id);
        auto saved = m_keeper.save(r);
        return saved ? Status() : Status(saved.error());
    }

private:
    RecordKeeper<Record> m_keeper;
    std::optional<Record> m_before;
    Record m_after;
    qint64 m_firstId = 0;
};

// A record removed (undo creates it again, under a new id).
template <class Record> class RemoveRecordCommand : public LedgerCommand
{
public:
    RemoveRecordCommand(RecordKeeper<Record> keeper, std::shared_ptr<Context> context,
                        const Record& record, const QString& text)
        : LedgerCommand(std::move(context), text), m_keeper(std::move(keeper)), m_record(record)
    {
    }

protected:
    Status apply() override { return m_keeper.remove(resolve(m_record.id)); }
    Status revert() override
    {
        Record r = m_record;
        r.id = 0;
        auto saved = m_keeper.save(r);
        if (!saved)
            return saved.error();
        alias(resolve(m_record.id), *saved);
        return {};
    }

private:
    RecordKeeper<Record> m_keeper;
    Record m_record;
};

} // namespace sl
