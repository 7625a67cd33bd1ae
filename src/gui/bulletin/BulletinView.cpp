#include "gui/bulletin/BulletinView.h"

#include "gui/bulletin/BulletinPreview.h"
#include "gui/bulletin/BulletinPreviewRender.h"
#include "gui/bulletin/BulletinProsePane.h"
#include "gui/bulletin/IssuedBulletinsPane.h"
#include "gui/common/BusyBar.h"
#include "gui/common/DocumentOutput.h"
#include "gui/common/LedgerJob.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/ScopePeriodBar.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"

#include "report/BulletinDocument.h"
#include "report/PageSheets.h"
#include "services/BulletinService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/LedgerEvents.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sl {

namespace {

// The pause after a keystroke before the preview is rendered again.
constexpr int kRenderDelayMs = 350;

} // namespace

BulletinView::BulletinView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_service(std::make_unique<BulletinService>(ledger)),
      m_job(new LedgerJob(this)), m_undo(new QUndoStack(this))
{
    auto* header = new ViewHeader(tr("Study bulletin"), this);
    m_bar = new ScopePeriodBar(ledger, roster, header);
    header->addWidget(m_bar);
    header->addSpacing(8);
    m_print = new QPushButton(tr("&Print…"), header);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    m_pdf = new QPushButton(tr("Export P&DF…"), header);
    m_pdf->setObjectName(QStringLiteral("pdfPushButton"));
    m_odt = new QPushButton(tr("Export &ODT…"), header);
    m_odt->setObjectName(QStringLiteral("odtPushButton"));
    m_html = new QPushButton(tr("Export HTM&L…"), header);
    m_html->setObjectName(QStringLiteral("htmlPushButton"));
    m_settings = new QPushButton(tr("Setti&ngs…"), header);
    m_settings->setObjectName(QStringLiteral("settingsPushButton"));
    m_settings->setToolTip(tr("The organ mark, number prefix, addressee and default text of the "
                              "issuing organisation"));
    m_issue = new QPushButton(tr("&Issue…"), header);
    m_issue->setObjectName(QStringLiteral("issuePushButton"));
    m_issue->setToolTip(tr("签发: number the bulletin and keep it as it is now"));
    for (QPushButton* b : {m_print, m_pdf, m_odt, m_html, m_settings, m_issue})
        header->addWidget(b);

    m_busy = new BusyBar(QString(), this);
    m_stepTimer = new QTimer(this);
    m_stepTimer->setInterval(100);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_busy->setSteps(m_progress->load(), 1000);
    });

    // Left: the prose and the issued bulletins.
    auto* left = new QWidget(this);
    m_prose = new BulletinProsePane(left);
    m_issued = new IssuedBulletinsPane(*m_service, left);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_prose, 5);
    leftLayout->addWidget(m_issued, 2);

    m_preview = new BulletinPreview(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({480, 720});
    split->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emptyStateLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(split);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);
    m_busy->setVisible(false);

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &BulletinView::render);
    connect(m_prose, &BulletinProsePane::edited, this, &BulletinView::proseEdited);
    connect(m_busy, &BusyBar::cancelRequested, this, &BulletinView::cancel);
    connect(m_print, &QPushButton::clicked, this, &BulletinView::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(DocumentFormat::Pdf); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportAs(DocumentFormat::Odt); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportAs(DocumentFormat::Html); });
    connect(m_settings, &QPushButton::clicked, this, &BulletinView::editSettings);
    connect(m_issue, &QPushButton::clicked, this, &BulletinView::issue);

    m_commandContext = std::make_shared<LedgerCommand::Context>();
    m_commandContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Bulletin"), e.text());
    };

    // The bulletin counts everything; it reads when first shown and again when the ledger
    // changes while it is on screen.
    LedgerEvents& events = ledger.events();
    m_refresher = new ViewRefresher(events, this, [this] { reload(); });
    // A scope or period chosen while the area is hidden is computed when it is shown.
    connect(m_bar, &ScopePeriodBar::changed, m_refresher, &ViewRefresher::reloadWhenShown);
    auto touch = [this] { m_refresher->touch(); };
    connect(&events, &LedgerEvents::sessionsChanged, this, touch);
    connect(&events, &LedgerEvents::attendanceChanged, this, touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, this, touch);
    connect(&events, &LedgerEvents::planChanged, this, touch);
    connect(&events, &LedgerEvents::assessmentChanged, this, touch);
    connect(&events, &LedgerEvents::settingsChanged, this, touch);
    connect(&events, &LedgerEvents::bulletinsChanged, this, touch);
    connect(&events, &LedgerEvents::rosterChanged, this, [this] {
        m_bar->reload();
        m_refresher->touch();
    });
    m_refresher->markStale();
    updateActions();
}

BulletinView::~BulletinView()
{
    if (m_renderCancel)
        m_renderCancel->cancel();
}

QString BulletinView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool BulletinView::isBusy() const
{
    return m_job->isRunning() || m_rendering || m_renderTimer->isActive();
}

void BulletinView::updateActions()
{
    const Actor& actor = m_ledger.actor();
    const bool reader = !actor.isSingleUser() && actor.role == AccountRole::Leader;
    const bool ready = m_data && m_document;
    m_pdf->setEnabled(ready);
    // A bulletin too long to lay out whole (a district's attachment) exports as PDF only.
    for (QPushButton* b : {m_print, m_odt, m_html}) {
        b->setEnabled(ready && m_documentWhole);
        b->setToolTip(ready && !m_documentWhole
                          ? tr("The attachment is too long to lay out at once: export the PDF")
                          : QString());
    }
    m_settings->setVisible(!reader);
    m_issue->setVisible(!reader);
    m_settings->setEnabled(m_data != nullptr);
    m_issue->setEnabled(ready && !m_rendering && !m_renderTimer->isActive());
    m_prose->setReadOnly(reader);
}

void BulletinView::setBusy(bool busy, const QString& text)
{
    if (!busy) {
        m_stepTimer->stop();
        m_progress.reset();
    }
    m_busy->setText(text);
    m_busy->setVisible(busy);
}

void BulletinView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void BulletinView::reload()
{
    const ScopeRef scope = m_bar->scope();
    const Period period = m_bar->period();
    if (!scope.isValid()) {
        m_job->cancel();
        setBusy(false);
        m_data.reset();
        updateActions();
        showMessage(tr("No organisation or study group yet — add them under Organisations and "
                       "members, or import a roster."));
        emit loaded();
        return;
    }
    m_busyText = tr("Reading the figures of %1").arg(m_bar->scopeCombo()->currentText().trimmed());
    setBusy(true, m_busyText);
    auto progress = std::make_shared<std::atomic<int>>(0);
    m_progress = progress;
    m_stepTimer->start();
    m_job->start<BulletinData>(
        m_ledger,
        [scope, period, progress](Ledger& reader,
                                  const CancelFlag& cancel) -> Result<BulletinData> {
            BulletinService service(reader);
            auto bulletin =
                service.compose(scope, period, BulletinService::Detail::Document, &cancel,
                                [progress](double share) {
                                    progress->store(int(std::clamp(share, 0.0, 1.0) * 1000));
                                });
            if (!bulletin)
                return bulletin.error();
            auto settings = service.settings(bulletin->settings.orgId ? bulletin->settings.orgId
                                                                      : bulletin->scope.orgId);
            if (!settings)
                return settings.error();
            bulletin.value().settings = *settings;
            return bulletin;
        },
        [this](Result<BulletinData> result) {
            setBusy(false);
            if (!result) {
                m_data.reset();
                updateActions();
                showMessage(tr("The bulletin cannot be written: %1").arg(result.error().message));
            } else {
                showDraft(std::move(result).value());
            }
            emit loaded();
        });
}

void BulletinView::cancel()
{
    const bool running = m_job->isRunning();
    m_job->cancel();
    if (m_renderCancel)
        m_renderCancel->cancel();
    setBusy(false);
    if (running) {
        m_data.reset();
        updateActions();
        showMessage(tr("Cancelled. Choose a scope or period to write the bulletin again."));
        emit loaded();
    }
}

void BulletinView::showDraft(BulletinData bulletin)
{
    m_data = std::make_shared<BulletinData>(std::move(bulletin));
    m_prose->showDraftOf(m_ledger.path(), m_data->scope.ref, m_data->period);
    m_stack->setCurrentIndex(0);
    loadIssued();
    render();
}

void BulletinView::loadIssued()
{
    if (!m_data)
        return;
    m_issued->showIssuedBy(m_data->settings.orgId ? m_data->settings.orgId : m_data->scope.orgId,
                           m_data->issuingOrgName);
}

QPlainTextEdit* BulletinView::practicesEdit() const
{
    return m_prose->practicesEdit();
}

QPlainTextEdit* BulletinView::nextStepsEdit() const
{
    return m_prose->nextStepsEdit();
}

IssuedBulletinModel* BulletinView::issuedModel() const
{
    return m_issued->model();
}

RecordTableView* BulletinView::issuedTable() const
{
    return m_issued->table();
}

bool BulletinView::saveIssued(int row, const QString& path)
{
    return m_issued->saveIssued(row, path);
}

void BulletinView::proseEdited()
{
    if (!m_data)
        return;
    m_renderTimer->start();
    updateActions();
}

BulletinData BulletinView::withProse() const
{
    BulletinData bulletin = *m_data;
    bulletin.prose = m_prose->prose();
    return bulletin;
}

std::shared_ptr<const BulletinData> BulletinView::sharedDraft()
{
    const BulletinProse prose = m_prose->prose();
    if (m_data->prose != prose) {
        if (m_data.use_count() > 1) // a render (or an export) still reads it
            m_data = std::make_shared<BulletinData>(*m_data);
        m_data->prose = prose;
    }
    return m_data;
}

void BulletinView::render()
{
    m_renderTimer->stop();
    if (!m_data)
        return;
    if (m_renderCancel)
        m_renderCancel->cancel();
    auto cancel = std::make_shared<CancelFlag>();
    m_renderCancel = cancel;
    const int generation = ++m_renderGeneration;
    m_rendering = true;
    updateActions();
    QThread* gui = thread();
    std::shared_ptr<const BulletinData> bulletin = sharedDraft();
    const Date today = Clock::today();
    using Render = std::shared_ptr<BulletinPreviewRender>;
    auto* watcher = new QFutureWatcher<Render>(this);
    connect(watcher, &QFutureWatcher<Render>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_renderGeneration)
            return; // superseded
        m_rendering = false;
        const Render result = watcher->result();
        if (result && result->document) {
            m_document = std::move(result->document);
            m_documentWhole = result->isWhole();
            std::shared_ptr<PageSheets> sheets = result->sheets;
            m_preview->setPages(std::move(result->pages.images), result->shownPages(),
                                result->pages.pageCount,
                                [sheets](int page) { return sheets->sheet(page); });
            if (!m_documentWhole)
                m_preview->setPartial(int(result->rowsShown), int(result->rowsTotal));
        }
        updateActions();
        emit rendered();
    });
    watcher->setFuture(QtConcurrent::run([bulletin, today, cancel, gui]() {
        auto out = std::make_shared<BulletinPreviewRender>(
            BulletinPreviewRender::render(*bulletin, today, cancel.get()));
        // The document is printed and exported from the GUI thread.
        if (out->document)
            out->document->moveToThread(gui);
        if (out->sheets) // the other sheets are painted as they are scrolled to
            out->sheets->moveToThread(gui);
        return out;
    }));
}

void BulletinView::print()
{
    if (!m_document || !m_documentWhole)
        return;
    DocumentOutput::print(this, *m_document, BulletinDocument::title(*m_data),
                          tr("Print the bulletin"));
}

void BulletinView::exportAs(DocumentFormat format)
{
    if (!m_document || !m_data)
        return;
    const QString ext = DocumentWriter::extension(format);
    const QString title = BulletinDocument::title(*m_data);
    const QString dialogTitle = tr("Export the bulletin as %1").arg(ext.toUpper());
    if (m_documentWhole)
        DocumentOutput::exportAs(this, *m_document, format, title, dialogTitle,
                                 IssuedBulletinsPane::exportDirKey());
    else if (format == DocumentFormat::Pdf)
        DocumentOutput::exportAs(this, wholePdf(), format, title, dialogTitle,
                                 IssuedBulletinsPane::exportDirKey());
}

bool BulletinView::exportTo(DocumentFormat format, const QString& path)
{
    if (!m_document)
        return false;
    if (m_documentWhole)
        return DocumentOutput::writeTo(this, *m_document, format, path, tr("Export the bulletin"));
    return format == DocumentFormat::Pdf &&
           DocumentOutput::writeTo(this, wholePdf(), path, tr("Export the bulletin"));
}

DocumentOutput::Render BulletinView::wholePdf()
{
    // The preview laid out the start only: the PDF is painted in parts, as the command line's.
    return [bulletin = sharedDraft()] {
        return BulletinDocument::renderPdf(*bulletin, Clock::today());
    };
}

} // namespace sl
