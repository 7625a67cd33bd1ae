#include "gui/book/LedgerVolumeDialog.h"

#include "gui/common/BusyBar.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/FormErrors.h"
#include "gui/common/LedgerJob.h"
#include "gui/common/MessageBoxes.h"

#include "files/OutputFile.h"
#include "report/LedgerVolumeDocument.h"
#include "services/Clock.h"
#include "services/LedgerBookService.h"

#include "ui_LedgerVolumeDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace sl {

namespace {

const QString dirKey = QStringLiteral("ledgerVolume/dir");

// What the worker hands back: the pages' count is not known outside, the sessions are.
struct Written
{
    int sessions = 0;
    qsizetype bytes = 0;
};

} // namespace

LedgerVolumeDialog::LedgerVolumeDialog(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LedgerVolumeDialog>()), m_ledger(ledger),
      m_job(new LedgerJob(this)), m_stepTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Ledger Volume of the Year"));
    m_ui->scopeComboBox->reload(ledger, roster);
    m_ui->yearSpinBox->setValue(int(Clock::today().year()));
    m_write = m_ui->buttonBox->addButton(tr("&Write PDF"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writePushButton"));
    m_write->setDefault(true);
    m_busy = new BusyBar(tr("Writing the ledger volume…"), this);
    m_busy->setVisible(false);
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->statusLabel), m_busy);
    m_stepTimer->setInterval(100);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_busy->setSteps(m_progress->load(), 1000);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LedgerVolumeDialog::write);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LedgerVolumeDialog::reject);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &LedgerVolumeDialog::browse);
    connect(m_busy, &BusyBar::cancelRequested, this, &LedgerVolumeDialog::cancel);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this,
            [this] { m_write->setEnabled(!isRunning() && !fileName().isEmpty()); });
    m_write->setEnabled(false);
}

LedgerVolumeDialog::~LedgerVolumeDialog() = default;

void LedgerVolumeDialog::setScope(const ScopeRef& scope)
{
    m_ui->scopeComboBox->setScope(scope);
}

void LedgerVolumeDialog::setYear(int year)
{
    m_ui->yearSpinBox->setValue(year);
}

void LedgerVolumeDialog::setFileName(const QString& path)
{
    m_ui->fileLineEdit->setText(path);
}

QString LedgerVolumeDialog::fileName() const
{
    return m_ui->fileLineEdit->text().trimmed();
}

QString LedgerVolumeDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

bool LedgerVolumeDialog::isRunning() const
{
    return m_job->isRunning();
}

void LedgerVolumeDialog::browse()
{
    const QString suggested = QDir(QSettings().value(dirKey, QDir::homePath()).toString())
                                  .filePath(tr("%1 %2 ledger volume.pdf")
                                                .arg(m_ui->scopeComboBox->currentText().trimmed())
                                                .arg(m_ui->yearSpinBox->value()));
    const QString path = FileDialogs::saveFileName(this, tr("Write the Ledger Volume"), suggested,
                                                   tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setFileName(path);
}

void LedgerVolumeDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busy->setSteps(0, 1000);
    if (busy)
        m_stepTimer->start();
    else
        m_stepTimer->stop();
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->scopeComboBox), static_cast<QWidget*>(m_ui->yearSpinBox),
          static_cast<QWidget*>(m_ui->fileLineEdit), static_cast<QWidget*>(m_ui->browsePushButton)})
        w->setEnabled(!busy);
    m_write->setEnabled(!busy && !fileName().isEmpty());
}

void LedgerVolumeDialog::finish(bool written, const QString& status)
{
    setBusy(false);
    m_progress.reset();
    m_ui->statusLabel->setText(status);
    if (written)
        m_ui->statusLabel->setPalette(palette()); // the dialog's text colour
    else
        FormErrors::setErrorStyle(m_ui->statusLabel);
    emit done(written);
}

void LedgerVolumeDialog::write()
{
    const ScopeRef scope = m_ui->scopeComboBox->scope();
    const int year = m_ui->yearSpinBox->value();
    QString path = fileName();
    if (isRunning() || path.isEmpty())
        return;
    if (!scope.isValid()) {
        finish(false, tr("There is no group or organisation to write the volume of."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (QFileInfo::exists(path) &&
        MessageBoxes::question(
            this, tr("Write the Ledger Volume"),
            tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QString scopeName = m_ui->scopeComboBox->currentText().trimmed();
    m_ui->statusLabel->clear();
    auto progress = std::make_shared<std::atomic<int>>(0);
    m_progress = progress;
    m_busy->setText(tr("Writing the %1 volume of %2…").arg(year).arg(scopeName));
    setBusy(true);
    m_job->start<Written>(
        m_ledger,
        [scope, year, path, progress](Ledger& reader, const CancelFlag& cancel) -> Result<Written> {
            // Reading takes the first fifth of the bar, laying out and painting the rest.
            auto volume = LedgerBookService(reader).volume(scope, year, &cancel, [&](double d) {
                progress->store(int(std::clamp(d, 0.0, 1.0) * 200));
            });
            if (!volume)
                return volume.error();
            auto pdf = LedgerVolumeDocument::renderPdf(*volume, {}, &cancel, [&](double d) {
                progress->store(200 + int(std::clamp(d, 0.0, 1.0) * 800));
            });
            if (!pdf)
                return pdf.error();
            if (cancel.isCancelled())
                return Error{ErrorCode::Cancelled, {}, {}};
            if (Status s = OutputFile::writeAll(path, *pdf); !s)
                return s.error();
            return Written{int(volume->sessions.size()), pdf->size()};
        },
        [this, path, year, scopeName](Result<Written> result) {
            QSettings().setValue(dirKey, QFileInfo(path).absolutePath());
            if (!result) {
                finish(false, tr("The volume was not written: %1").arg(result.error().message));
                return;
            }
            finish(true, tr("Wrote the %1 volume of %2 (%n held session(s)) to %3.", nullptr,
                            result->sessions)
                             .arg(year)
                             .arg(scopeName, QDir::toNativeSeparators(path)));
        });
}

void LedgerVolumeDialog::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    finish(false, tr("Cancelled: the volume was not written."));
}

void LedgerVolumeDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace sl
