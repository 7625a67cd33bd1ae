#include "gui/sessions/MaterialCommands.h"

#include "services/SessionService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sl {

namespace {

// Materials are kept in the aliases under their negated id.
qint64 key(qint64 id)
{
    return -id;
}

} // namespace

MaterialCommand::MaterialCommand(SessionService& service, std::shared_ptr<Context> context,
                                 Step step, qint64 sessionId, const QString& fileName)
    : LedgerCommand(
          std::move(context),
          step == Step::Attach
              ? QCoreApplication::translate("sl::MaterialCommand", "Attach “%1”").arg(fileName)
              : QCoreApplication::translate("sl::MaterialCommand", "Remove “%1”").arg(fileName)),
      m_service(service), m_step(step), m_sessionId(sessionId), m_fileName(fileName)
{
}

MaterialCommand::~MaterialCommand() = default;

MaterialCommand* MaterialCommand::attach(SessionService& service, std::shared_ptr<Context> context,
                                         qint64 sessionId, const QString& sourcePath)
{
    auto* command = new MaterialCommand(service, std::move(context), Step::Attach, sessionId,
                                        QFileInfo(sourcePath).fileName());
    command->m_source = sourcePath;
    return command;
}

MaterialCommand* MaterialCommand::remove(SessionService& service, std::shared_ptr<Context> context,
                                         qint64 sessionId, qint64 materialId,
                                         const QString& fileName)
{
    auto* command =
        new MaterialCommand(service, std::move(context), Step::Remove, sessionId, fileName);
    command->m_firstId = materialId;
    return command;
}

Status MaterialCommand::attachFile()
{
    auto attached = m_service.attachMaterial(m_sessionId, m_source);
    if (!attached)
        return attached.error();
    if (m_firstId == 0)
        m_firstId = *attached;
    else
        alias(resolve(key(m_firstId)), key(*attached));
    return {};
}

Status MaterialCommand::detachFile()
{
    const qint64 id = -resolve(key(m_firstId));
    auto materials = m_service.materials(m_sessionId);
    if (!materials)
        return materials.error();
    const auto found = std::find_if(materials->begin(), materials->end(),
                                    [id](const SessionMaterial& m) { return m.id == id; });
    if (found == materials->end())
        return Error::notFound(
            QStringLiteral("material"),
            QCoreApplication::translate("sl::MaterialCommand", "the material %1 is no longer there")
                .arg(m_fileName));
    // A copy of the file as it is now, under its own name, for attaching it again.
    m_kept = std::make_unique<QTemporaryDir>();
    const QString copy = QDir(m_kept->path()).filePath(found->fileName);
    if (!m_kept->isValid() || !QFile::copy(m_service.materialPath(*found), copy))
        return Error{ErrorCode::Io, QStringLiteral("material"),
                     QCoreApplication::translate("sl::MaterialCommand",
                                                 "cannot keep a copy of %1 to undo its removal")
                         .arg(found->fileName)};
    if (Status s = m_service.removeMaterial(id); !s)
        return s;
    m_source = copy;
    return {};
}

} // namespace sl
