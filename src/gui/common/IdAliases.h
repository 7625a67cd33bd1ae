#pragma once

#include <QHash>

namespace sl {

// The ids that records got when an undo or a redo created them again (a removed entry restored
// by undo gets a new id): the commands of one undo stack keep naming a record by the id it had
// when they were made, and resolve() finds the id it has now.
class IdAliases
{
public:
    // The record `oldId` lives on as `newId`.
    void alias(qint64 oldId, qint64 newId);
    // The id the record once called `id` has now (the chain of re-creations followed).
    qint64 resolve(qint64 id) const;
    void clear() { m_next.clear(); }
    bool isEmpty() const { return m_next.isEmpty(); }

private:
    QHash<qint64, qint64> m_next; // an id → the id its record got when it was created again
};

} // namespace sl
