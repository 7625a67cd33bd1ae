#pragma once

#include "gui/common/LedgerCommand.h"

#include <optional>

namespace sl {

// The undoable save and remove of one record of a kind whose service keeps it by id:
//   Result<qint64> Service::save(const Record&)   (id 0: a new record; the id it has)
//   Status Service::remove(qint64 id)
// made by the command's first redo. A record that an undo or redo creates again gets a new id,
// kept in the stack's IdAliases so that later steps still find it. The command's text (Edit ›
// Undo) is the caller's.

// A new record (undo removes it, redo creates it again) or a changed one (undo writes it back
// as it was).
template <class Service, class Record> class SaveRecordCommand : public LedgerCommand
{
public:
    // `before`: the record as stored (nullopt for a new one); `after`: as it is to be.
    SaveRecordCommand(Service& service, std::shared_ptr<Context> context,
                      std::optional<Record> before, const Record& after, const QString& text)
        : LedgerCommand(std::move(context), text), m_service(service), m_before(std::move(before)),
          m_after(after)
    {
    }
    // The record's id (as first made, for a new one; 0 before the first redo).
    qint64 recordId() const { return m_before ? m_before->id : m_firstId; }

protected:
    Status apply() override
    {
        Record r = m_after;
        r.id = m_before ? resolve(m_before->id) : 0;
        auto saved = m_service.save(r);
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
            return m_service.remove(resolve(m_firstId));
        Record r = *m_before;
        r.id = resolve(m_before->id);
        auto saved = m_service.save(r);
        return saved ? Status() : Status(saved.error());
    }

private:
    Service& m_service;
    std::optional<Record> m_before;
    Record m_after;
    qint64 m_firstId = 0;
};

// A record removed (undo creates it again, under a new id).
template <class Service, class Record> class RemoveRecordCommand : public LedgerCommand
{
public:
    RemoveRecordCommand(Service& service, std::shared_ptr<Context> context, const Record& record,
                        const QString& text)
        : LedgerCommand(std::move(context), text), m_service(service), m_record(record)
    {
    }

protected:
    Status apply() override { return m_service.remove(resolve(m_record.id)); }
    Status revert() override
    {
        Record r = m_record;
        r.id = 0;
        auto saved = m_service.save(r);
        if (!saved)
            return saved.error();
        alias(resolve(m_record.id), *saved);
        return {};
    }

private:
    Service& m_service;
    Record m_record;
};

} // namespace sl
