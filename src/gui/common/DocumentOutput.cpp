#include "gui/common/DocumentOutput.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"

#include "files/OutputFile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace sl {

void DocumentOutput::print(QWidget* parent, const QTextDocument& document, const QString& docName,
                           const QString& dialogTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // DocumentWriter places the text block itself
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(docName);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto painted = DocumentWriter::paint(document, printer);
    QApplication::restoreOverrideCursor();
    if (!painted)
        MessageBoxes::warning(parent, dialogTitle, painted.error().message);
}

QString DocumentOutput::askTarget(QWidget* parent, DocumentFormat format, const QString& fileTitle,
                                  const QString& dialogTitle, const QString& dirKey)
{
    const QString ext = DocumentWriter::extension(format);
    QString dir = QSettings().value(dirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QLatin1Char('/') + fileTitle + QLatin1Char('.') + ext;
    return FileDialogs::saveFileName(parent, dialogTitle, suggested,
                                     tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
}

bool DocumentOutput::mayWrite(QWidget* parent, const QString& path, const QString& title)
{
    return !QFileInfo::exists(path) ||
           MessageBoxes::question(
               parent, title,
               tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool DocumentOutput::exportAs(QWidget* parent, const QTextDocument& document, DocumentFormat format,
                              const QString& fileTitle, const QString& dialogTitle,
                              const QString& dirKey)
{
    const QString path = askTarget(parent, format, fileTitle, dialogTitle, dirKey);
    if (path.isEmpty() || !writeTo(parent, document, format, path, dialogTitle))
        return false;
    QSettings().setValue(dirKey, QFileInfo(path).absolutePath());
    return true;
}

bool DocumentOutput::writeTo(QWidget* parent, const QTextDocument& document, DocumentFormat format,
                             const QString& path, const QString& title)
{
    return writeTo(
        parent, [&]() -> Result<QByteArray> { return DocumentWriter::render(document, format); },
        path, title);
}

bool DocumentOutput::exportAs(QWidget* parent, const Render& render, DocumentFormat format,
                              const QString& fileTitle, const QString& dialogTitle,
                              const QString& dirKey)
{
    const QString path = askTarget(parent, format, fileTitle, dialogTitle, dirKey);
    if (path.isEmpty() || !writeTo(parent, render, path, dialogTitle))
        return false;
    QSettings().setValue(dirKey, QFileInfo(path).absolutePath());
    return true;
}

bool DocumentOutput::writeTo(QWidget* parent, const Render& render, const QString& path,
                             const QString& title)
{
    if (!mayWrite(parent, path, title))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto bytes = render();
    const Status written = bytes ? OutputFile::writeAll(path, *bytes) : Status(bytes.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::warning(parent, title, written.error().message);
        return false;
    }
    return true;
}

} // namespace sl
