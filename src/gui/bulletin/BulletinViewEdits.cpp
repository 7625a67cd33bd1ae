// BulletinView's edits of the ledger: the issuing organisation's settings and 签发, each an
// undo step of the area's stack.
#include "gui/bulletin/BulletinView.h"

#include "gui/bulletin/BulletinSettingsDialog.h"
#include "gui/bulletin/IssueBulletinCommand.h"
#include "gui/bulletin/IssueBulletinDialog.h"
#include "gui/bulletin/SetBulletinSettingsCommand.h"
#include "gui/common/MessageBoxes.h"

#include "domain/DocumentNumber.h"
#include "report/BulletinDocument.h"
#include "services/BulletinService.h"
#include "services/Clock.h"

#include <QApplication>
#include <QUndoStack>

namespace sl {

void BulletinView::editSettings()
{
    if (!m_data)
        return;
    const qint64 org = m_data->settings.orgId ? m_data->settings.orgId : m_data->scope.orgId;
    auto before = m_service->settings(org);
    if (!before) {
        MessageBoxes::warning(this, tr("Bulletin settings"), before.error().message);
        return;
    }
    BulletinSettingsDialog dialog(*before, m_data->issuingOrgName, this);
    if (dialog.exec() == QDialog::Accepted)
        changeSettings(dialog.settings());
}

bool BulletinView::changeSettings(const BulletinSettings& settings)
{
    auto before = m_service->settings(settings.orgId);
    if (!before) {
        MessageBoxes::warning(this, tr("Bulletin settings"), before.error().text());
        return false;
    }
    m_undo->push(new SetBulletinSettingsCommand(*m_service, m_commandContext, *before, settings,
                                                tr("Change the bulletin settings")));
    return !m_commandContext->failed;
}

void BulletinView::issue()
{
    if (!m_data || !m_document)
        return;
    const BulletinData bulletin = withProse();
    const qint64 org = bulletin.settings.orgId ? bulletin.settings.orgId : bulletin.scope.orgId;
    IssueBulletinDialog dialog(
        BulletinDocument::title(bulletin), bulletin.period, Clock::today(),
        [this, org, &bulletin](int year) {
            auto serial = m_service->nextSerial(org, year);
            return serial ? documentNumber(bulletin.settings.numberPrefix, year, *serial)
                          : QString();
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    issueOn(dialog.issuedOn());
}

bool BulletinView::issueOn(const Date& issuedOn)
{
    if (!m_data)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = m_service->issue(withProse(), issuedOn, BulletinDocument::renderers());
    QApplication::restoreOverrideCursor();
    if (!issued) {
        MessageBoxes::warning(this, tr("Issue the bulletin"), issued.error().text());
        return false;
    }
    const QString number = issued->number;
    m_undo->push(new IssueBulletinCommand(*m_service, m_commandContext, std::move(*issued),
                                          tr("Issue %1").arg(number)));
    loadIssued();
    MessageBoxes::information(this, tr("Issue the bulletin"),
                              tr("Issued as %1. It is listed under the issued bulletins and "
                                 "reprints unchanged from there.")
                                  .arg(number));
    emit this->issued(number);
    return true;
}

} // namespace sl
