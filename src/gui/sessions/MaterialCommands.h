#pragma once

#include "gui/common/LedgerCommand.h"

#include <QTemporaryDir>

#include <memory>

namespace sl {

class SessionService;

// A material (学习材料) attached to a saved session or removed from it, through SessionService,
// on the session editor's stack. What is detached — by the removal, or by the undo of an
// attachment — is first copied under the command's own temporary folder with its name, so that
// the file comes back whole when it is attached again (a new id, kept in the stack's IdAliases;
// material ids are kept negated there, apart from the editor's other records).
class MaterialCommand : public LedgerCommand
{
public:
    enum class Step
    {
        Attach,
        Remove
    };

    // Attach: `sourcePath` is the file to attach. Remove: `materialId` is the material.
    static MaterialCommand* attach(SessionService& service, std::shared_ptr<Context> context,
                                   qint64 sessionId, const QString& sourcePath);
    static MaterialCommand* remove(SessionService& service, std::shared_ptr<Context> context,
                                   qint64 sessionId, qint64 materialId, const QString& fileName);
    ~MaterialCommand() override;

protected:
    Status apply() override { return m_step == Step::Attach ? attachFile() : detachFile(); }
    Status revert() override { return m_step == Step::Attach ? detachFile() : attachFile(); }

private:
    MaterialCommand(SessionService& service, std::shared_ptr<Context> context, Step step,
                    qint64 sessionId, const QString& fileName);
    Status attachFile();
    Status detachFile(); // keeps a copy first

    SessionService& m_service;
    Step m_step;
    qint64 m_sessionId;
    QString m_fileName;
    QString m_source;     // the file to attach: the user's, then the kept copy
    qint64 m_firstId = 0; // the material's id when the command was made (or first attached)
    std::unique_ptr<QTemporaryDir> m_kept;
};

} // namespace sl
