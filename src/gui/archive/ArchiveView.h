#pragma once

#include "domain/MemberArchive.h"
#include "services/ArchiveService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextDocument;

namespace sl {

class Ledger;
class MemberContext;
class MemberPicker;
class RosterService;
class ViewRefresher;
enum class DocumentFormat;

// 学习档案: the archive of a member for a year as it will print (page images of the official
// layout), with 打印 and 导出 PDF / ODT / HTML. The document comes from the report library
// (ArchiveDocument, DocumentWriter); it is built when first shown, and again when the member,
// the year or the ledger's records of the member change (at once when shown, else when shown
// next).
class ArchiveView : public QWidget
{
    Q_OBJECT

public:
    ArchiveView(Ledger& ledger, RosterService& roster, MemberContext& context,
                QWidget* parent = nullptr);
    ~ArchiveView() override;

    // The document shown; null when there is none (no member, or it cannot be read).
    QTextDocument* document() const { return m_document.get(); }
    int pageCount() const;
    QString messageText() const;
    QPrintPreviewWidget* preview() const { return m_preview; }
    MemberPicker* memberPicker() const { return m_picker; }
    QSpinBox* yearSpin() const { return m_year; }

    // Writes the document to `path` (asking first when it exists); false when not written.
    bool exportTo(DocumentFormat format, const QString& path);

public slots:
    // Builds the document again now.
    void rebuild();
    // The member, the year or the records changed: rebuild now when shown, else when next shown.
    void invalidate();
    void print();
    void exportPdf();
    void exportOdt();
    void exportHtml();

private:
    void exportAs(DocumentFormat format);
    void paintPages(QPrinter* printer);
    void showMessage(const QString& text);
    void updateButtons();

    ArchiveService m_service;
    RosterService& m_roster;
    MemberContext& m_context;
    std::optional<MemberArchive> m_archive;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QPrinter> m_previewPrinter;
    MemberPicker* m_picker = nullptr;
    QSpinBox* m_year = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_odt = nullptr;
    QPushButton* m_html = nullptr;
    QLabel* m_pages = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_message = nullptr;
    ViewRefresher* m_refresher = nullptr;
};

} // namespace sl
