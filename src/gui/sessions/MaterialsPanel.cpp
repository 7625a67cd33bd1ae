#include "gui/sessions/MaterialsPanel.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/sessions/MaterialCommands.h"

#include "services/SessionService.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace sl {

MaterialsPanel::MaterialsPanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_attach(new QPushButton(tr("&Attach…"), this)), m_open(new QPushButton(tr("Open"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("materialsListWidget"));
    m_list->setMaximumHeight(110);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFileName(this, tr("Attach Material"), QString(), tr("All files (*)"));
        if (!path.isEmpty())
            attach(path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole + 1).toString()));
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    // Open and Remove act on a chosen file: off beside an empty list.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool chosen = row >= 0 && m_sessionId != 0 && m_service;
        m_open->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    reload();
}

void MaterialsPanel::setUndoStack(QUndoStack* stack,
                                  std::shared_ptr<LedgerCommand::Context> context)
{
    m_undo = stack;
    m_undoContext = std::move(context);
    if (!m_undoContext->report)
        m_undoContext->report = [this](const Error& e) {
            MessageBoxes::warning(this, tr("Materials"), e.message);
        };
    connect(m_undo, &QUndoStack::indexChanged, this, &MaterialsPanel::reload);
}

bool MaterialsPanel::push(LedgerCommand* command)
{
    m_undo->push(command); // deleted at once when its first redo failed (and told)
    reload();
    return !m_undoContext->failed;
}

bool MaterialsPanel::removeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_service ||
        MessageBoxes::question(this, tr("Materials"),
                               tr("Remove “%1” and its copy?").arg(item->text())) !=
            QMessageBox::Yes)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (m_undo)
        return push(
            MaterialCommand::remove(*m_service, m_undoContext, m_sessionId, id, item->text()));
    const Status s = m_service->removeMaterial(id);
    if (!s)
        MessageBoxes::warning(this, tr("Materials"), s.error().message);
    reload();
    return s.ok();
}

void MaterialsPanel::setService(SessionService& service)
{
    m_service = &service;
    reload();
}

void MaterialsPanel::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    reload();
}

void MaterialsPanel::reload()
{
    m_list->clear();
    const bool saved = m_sessionId != 0 && m_service;
    m_attach->setEnabled(saved);
    m_remove->setEnabled(false);
    m_open->setEnabled(false);
    m_list->setToolTip(saved ? QString() : tr("Save the session first, then attach files."));
    if (!saved)
        return;
    if (auto list = m_service->materials(m_sessionId)) {
        for (const SessionMaterial& m : *list) {
            auto* item = new QListWidgetItem(m.fileName, m_list);
            item->setData(Qt::UserRole, m.id);
            item->setData(Qt::UserRole + 1, m_service->materialPath(m));
        }
    }
}

bool MaterialsPanel::attach(const QString& path)
{
    if (m_sessionId == 0 || !m_service)
        return false;
    if (m_undo)
        return push(MaterialCommand::attach(*m_service, m_undoContext, m_sessionId, path));
    auto added = m_service->attachMaterial(m_sessionId, path);
    if (!added)
        MessageBoxes::warning(this, tr("Materials"), added.error().message);
    reload();
    return added.ok();
}

} // namespace sl
