#include "gui/archive/ArchiveView.h"

#include "gui/common/DocumentOutput.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"

#include "report/ArchiveDocument.h"
#include "report/DocumentWriter.h"
#include "services/Clock.h"
#include "services/Ledger.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr int minYear = 2000;
constexpr int maxYear = 2100;
const QString exportDirKey = QStringLiteral("archive/exportDir");

void setUpPrinter(QPrinter& printer)
{
    printer.setFullPage(true); // DocumentWriter places the text block itself
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
}

} // namespace

ArchiveView::ArchiveView(Ledger& ledger, RosterService& roster, MemberContext& context,
                         QWidget* parent)
    : QWidget(parent), m_service(ledger), m_roster(roster), m_context(context),
      m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    auto* header = new ViewHeader(tr("Member archive"), this);
    m_picker = new MemberPicker(m_roster, m_context, header);
    m_picker->setOffersInactive(true); // a member who left keeps their archive and years
    m_year = new QSpinBox(header);
    m_year->setObjectName(QStringLiteral("archiveYearSpinBox"));
    m_year->setRange(minYear, maxYear);
    m_year->setValue(m_context.year());
    m_year->setSuffix(tr(" (year)"));
    header->addWidget(m_picker);
    header->addSpacing(8);
    header->addWidget(m_year);
    m_year->setHidden(m_context.followsWindow()); // the tool bar's year

    m_print = new QPushButton(tr("&Print…"), this);
    m_pdf = new QPushButton(tr("Export P&DF…"), this);
    m_odt = new QPushButton(tr("Export &ODT…"), this);
    m_html = new QPushButton(tr("Export HTM&L…"), this);
    m_pages = new QLabel(this);
    auto* zoom = new QComboBox(this);
    // Fit width first: a whole A4 page is unreadable in a 1280-pixel window.
    zoom->addItem(tr("Fit width"), int(QPrintPreviewWidget::FitToWidth));
    zoom->addItem(tr("Whole page"), int(QPrintPreviewWidget::FitInView));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    bar->addWidget(m_odt);
    bar->addWidget(m_html);
    bar->addStretch(1);
    bar->addWidget(m_pages);
    bar->addSpacing(12);
    bar->addWidget(zoom);

    setUpPrinter(*m_previewPrinter);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("archivePreviewWidget"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    connect(zoom, &QComboBox::currentIndexChanged, this, [this, zoom] {
        m_preview->setZoomMode(QPrintPreviewWidget::ZoomMode(zoom->currentData().toInt()));
    });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emptyStateLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ArchiveView::paintPages);
    connect(m_print, &QPushButton::clicked, this, &ArchiveView::print);
    connect(m_pdf, &QPushButton::clicked, this, &ArchiveView::exportPdf);
    connect(m_odt, &QPushButton::clicked, this, &ArchiveView::exportOdt);
    connect(m_html, &QPushButton::clicked, this, &ArchiveView::exportHtml);
    connect(m_year, &QSpinBox::valueChanged, &m_context, &MemberContext::setYear);
    connect(&m_context, &MemberContext::yearChanged, this, [this](int year) {
        m_year->setValue(year);
        invalidate();
    });
    connect(&m_context, &MemberContext::memberChanged, this, &ArchiveView::invalidate);
    // The archive shows a bit of everything about the member: built when first shown, and again
    // after a change that touches it (at once when shown, else when shown next).
    m_refresher = new ViewRefresher(ledger.events(), this, [this] { rebuild(); });
    m_refresher->followMember([this] { return m_context.memberId(); });
    m_refresher->markStale();
    updateButtons();
}

ArchiveView::~ArchiveView() = default;

void ArchiveView::invalidate()
{
    if (isVisible())
        rebuild();
    else
        m_refresher->markStale();
}

void ArchiveView::rebuild()
{
    m_archive.reset();
    m_document.reset();
    if (m_context.memberId() == 0) {
        showMessage(tr("Choose a member above to see their archive."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto archive = m_service.archive(m_context.memberId(), m_context.year());
    if (archive) {
        m_archive = std::move(archive).value();
        m_document = ArchiveDocument::build(*m_archive, Clock::today());
    }
    QApplication::restoreOverrideCursor();
    if (!archive) {
        showMessage(tr("The archive cannot be made: %1").arg(archive.error().message));
        return;
    }
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    updateButtons();
}

void ArchiveView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateButtons();
}

void ArchiveView::updateButtons()
{
    const bool has = m_document != nullptr;
    for (QPushButton* b : {m_print, m_pdf, m_odt, m_html})
        b->setEnabled(has);
    m_pages->setText(has ? tr("%n page(s)", nullptr, pageCount()) : QString());
}

int ArchiveView::pageCount() const
{
    return m_document ? m_preview->pageCount() : 0;
}

QString ArchiveView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ArchiveView::paintPages(QPrinter* printer)
{
    if (!m_document)
        return;
    auto painted = DocumentWriter::paint(*m_document, *printer);
    if (!painted)
        showMessage(tr("The archive cannot be shown: %1").arg(painted.error().message));
}

void ArchiveView::print()
{
    if (!m_document)
        return;
    DocumentOutput::print(this, *m_document, ArchiveDocument::title(*m_archive),
                          tr("Print the archive"));
}

void ArchiveView::exportPdf()
{
    exportAs(DocumentFormat::Pdf);
}

void ArchiveView::exportOdt()
{
    exportAs(DocumentFormat::Odt);
}

void ArchiveView::exportHtml()
{
    exportAs(DocumentFormat::Html);
}

void ArchiveView::exportAs(DocumentFormat format)
{
    if (!m_document)
        return;
    const QString ext = DocumentWriter::extension(format);
    DocumentOutput::exportAs(this, *m_document, format, ArchiveDocument::title(*m_archive),
                             tr("Export the archive as %1").arg(ext.toUpper()), exportDirKey);
}

bool ArchiveView::exportTo(DocumentFormat format, const QString& path)
{
    if (!m_document)
        return false;
    return DocumentOutput::writeTo(this, *m_document, format, path, tr("Export the archive"));
}

} // namespace sl
