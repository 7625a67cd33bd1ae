#include "SessionDocuments.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"

#include "report/SigninDocument.h"
#include "report/StudyRecordDocument.h"
#include "services/LedgerBookService.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace sl {

namespace {

const QString exportDirKey = QStringLiteral("sessions/exportDir");

} // namespace

QString SessionDocuments::name(Kind kind)
{
    return kind == Kind::SigninSheet ? tr("sign-in sheet") : tr("session record");
}

Result<SessionDocuments::Built> SessionDocuments::build(Ledger& ledger, qint64 sessionId, Kind kind)
{
    LedgerBookService book(ledger);
    Built built;
    if (kind == Kind::SigninSheet) {
        auto sheet = book.signinSheet(sessionId);
        if (!sheet)
            return sheet.error();
        built.document = SigninDocument::build(*sheet);
        built.title = SigninDocument::title(*sheet);
    } else {
        auto record = book.sessionRecord(sessionId);
        if (!record)
            return record.error();
        built.document = StudyRecordDocument::build(*record);
        built.title = StudyRecordDocument::title(*record);
    }
    return built;
}

void SessionDocuments::print(QWidget* parent, Ledger& ledger, qint64 sessionId, Kind kind)
{
    const QString title = tr("Print the %1").arg(name(kind));
    auto built = build(ledger, sessionId, kind);
    if (!built) {
        MessageBoxes::warning(parent, title, built.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // DocumentWriter places the text block itself
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(built->title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto painted = DocumentWriter::paint(*built->document, printer);
    QApplication::restoreOverrideCursor();
    if (!painted)
        MessageBoxes::warning(parent, title, painted.error().message);
}

bool SessionDocuments::exportAs(QWidget* parent, Ledger& ledger, qint64 sessionId, Kind kind,
                                DocumentFormat format)
{
    const QString ext = DocumentWriter::extension(format);
    const QString title = tr("Export the %1 as %2").arg(name(kind), ext.toUpper());
    auto built = build(ledger, sessionId, kind);
    if (!built) {
        MessageBoxes::warning(parent, title, built.error().message);
        return false;
    }
    QString dir = QSettings().value(exportDirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QLatin1Char('/') + built->title + QLatin1Char('.') + ext;
    const QString path = FileDialogs::saveFileName(parent, title, suggested,
                                                   tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path) &&
        MessageBoxes::question(
            parent, title, tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = DocumentWriter::writeFile(*built->document, format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::warning(parent, title, written.error().message);
        return false;
    }
    QSettings().setValue(exportDirKey, QFileInfo(path).absolutePath());
    return true;
}

} // namespace sl
