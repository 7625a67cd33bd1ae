#pragma once

#include "report/DocumentWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QTextDocument;
class QWidget;

namespace sl {

// Printing and exporting a generated document (the archive, the bulletin, a session's papers)
// the same way in every view: A4 on the printer with DocumentWriter placing the page; a file
// asked for (FileDialogs) in the folder used last, an existing file replaced only when the user
// says so, a wait cursor while writing and a warning (MessageBoxes) naming what failed.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(sl::DocumentOutput)

public:
    // Asks for a printer and prints the document; `dialogTitle` also titles a failure.
    static void print(QWidget* parent, const QTextDocument& document, const QString& docName,
                      const QString& dialogTitle);
    // Asks for a file named `fileTitle`.<ext> in the folder remembered under `dirKey`
    // (QSettings; the documents folder at first) and writes it; the folder is remembered.
    // True when a file was written.
    static bool exportAs(QWidget* parent, const QTextDocument& document, DocumentFormat format,
                         const QString& fileTitle, const QString& dialogTitle,
                         const QString& dirKey);
    // Writes `path`, asking before replacing an existing file. True when written.
    static bool writeTo(QWidget* parent, const QTextDocument& document, DocumentFormat format,
                        const QString& path, const QString& title);

    // The same for a document rendered by `render` rather than laid out whole (a PDF painted in
    // parts): exportAs and writeTo with the bytes it gives.
    using Render = std::function<Result<QByteArray>()>;
    static bool exportAs(QWidget* parent, const Render& render, DocumentFormat format,
                         const QString& fileTitle, const QString& dialogTitle,
                         const QString& dirKey);
    static bool writeTo(QWidget* parent, const Render& render, const QString& path,
                        const QString& title);

private:
    // Asks for the file (empty when the user cancels).
    static QString askTarget(QWidget* parent, DocumentFormat format, const QString& fileTitle,
                             const QString& dialogTitle, const QString& dirKey);
    // Asks before replacing an existing file; true to go on.
    static bool mayWrite(QWidget* parent, const QString& path, const QString& title);
};

} // namespace sl
