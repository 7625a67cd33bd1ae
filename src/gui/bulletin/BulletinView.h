#pragma once

#include "gui/common/DocumentOutput.h"
#include "gui/common/LedgerCommand.h"

#include "domain/Bulletin.h"
#include "report/DocumentWriter.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextDocument;
class QTimer;
class QUndoStack;

namespace sl {

class BulletinPreview;
class BulletinProsePane;
class BulletinService;
class BusyBar;
class CancelFlag;
class IssuedBulletinModel;
class IssuedBulletinsPane;
class Ledger;
class LedgerJob;
class RecordTableView;
class RosterService;
class ScopePeriodBar;
class ViewRefresher;

// 学习通报 (UX.md "Bulletin"): left, the scope and period and the secretary's prose
// (主要做法和成效 after the generated highlights, 下一步工作要求) with the bulletins the
// organisation has issued; right, the page preview exactly as it prints, rendered off the GUI
// thread as the prose is typed. Print, export PDF / ODT / HTML, the organisation's bulletin
// settings (undoable) and 签发, which numbers the bulletin and keeps it — text, figures and
// PDF — so that it reprints unchanged. The prose of a draft is kept per scope and period
// (QSettings) as it is typed, so that closing the window loses none of it.
class BulletinView : public QWidget
{
    Q_OBJECT

public:
    BulletinView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~BulletinView() override;

    ScopePeriodBar* scopeBar() const { return m_bar; }
    QPlainTextEdit* practicesEdit() const;
    QPlainTextEdit* nextStepsEdit() const;
    BulletinPreview* preview() const { return m_preview; }
    IssuedBulletinModel* issuedModel() const;
    RecordTableView* issuedTable() const;
    QUndoStack* undoStack() const { return m_undo; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* settingsButton() const { return m_settings; }
    // The draft as the preview shows it (null while reading, after a failure or a cancel).
    const BulletinData* draft() const { return m_data.get(); }
    // The document of the preview, once rendered: the whole bulletin, or for one of more than
    // BulletinDocument::wholeDocumentRows members its start (documentIsWhole() false).
    const QTextDocument* document() const { return m_document.get(); }
    bool documentIsWhole() const { return m_documentWhole; }
    QString messageText() const;
    // Reading the ledger or rendering the preview is running.
    bool isBusy() const;

public slots:
    // Reads the figures of the chosen scope and period again.
    void reload();
    void cancel();
    // Renders the preview of the draft with the prose as typed.
    void render();
    void print();
    // Asks for a file and writes the bulletin in the format.
    void exportAs(sl::DocumentFormat format);
    bool exportTo(sl::DocumentFormat format, const QString& path);
    // The settings of the issuing organisation, in a dialog.
    void editSettings();
    // Stores the settings of the issuing organisation as an undoable edit; false when refused.
    bool changeSettings(const sl::BulletinSettings& settings);
    // 签发, after a confirmation that asks for the date.
    void issue();
    // Issues the draft dated `issuedOn` without asking; false when refused.
    bool issueOn(const Date& issuedOn);
    // Writes the stored PDF of the issued bulletin in `row` of the list to `path`.
    bool saveIssued(int row, const QString& path);

signals:
    // A draft, or the message why there is none, is shown.
    void loaded();
    // The preview shows the prose as typed.
    void rendered();
    // A bulletin was issued (the list shows it).
    void issued(const QString& number);

private:
    void setBusy(bool busy, const QString& text = {});
    void showMessage(const QString& text);
    void showDraft(BulletinData data);
    void loadIssued();
    void proseEdited();
    void updateActions();
    // A copy of the draft with the prose as typed (issuing takes it).
    BulletinData withProse() const;
    // The draft with the prose as typed, shared with the renders: a district's 100,000
    // member rows are not copied for each render. The prose is set in place when no render
    // holds the draft, else on a copy (a render reads its draft while it runs).
    std::shared_ptr<const BulletinData> sharedDraft();
    // The whole bulletin's PDF, painted in parts.
    DocumentOutput::Render wholePdf();

    Ledger& m_ledger;
    std::unique_ptr<BulletinService> m_service;
    ScopePeriodBar* m_bar;
    BusyBar* m_busy;
    QTimer* m_stepTimer;
    std::shared_ptr<std::atomic<int>> m_progress; // per mille of the running read
    QString m_busyText;
    QStackedWidget* m_stack;
    QLabel* m_message;
    BulletinProsePane* m_prose;
    BulletinPreview* m_preview;
    IssuedBulletinsPane* m_issued;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_html;
    QPushButton* m_settings;
    QPushButton* m_issue;
    QTimer* m_renderTimer;
    LedgerJob* m_job;
    ViewRefresher* m_refresher;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_commandContext;
    std::shared_ptr<BulletinData> m_data;
    std::unique_ptr<QTextDocument> m_document;
    bool m_documentWhole = true; // false: the preview's start of a longer bulletin
    std::shared_ptr<CancelFlag> m_renderCancel;
    int m_renderGeneration = 0;
    bool m_rendering = false;
};

} // namespace sl
