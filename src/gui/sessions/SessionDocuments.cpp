#include "SessionDocuments.h"

#include "gui/common/DocumentOutput.h"
#include "gui/common/MessageBoxes.h"

#include "report/SigninDocument.h"
#include "report/StudyRecordDocument.h"
#include "services/LedgerBookService.h"

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
    DocumentOutput::print(parent, *built->document, built->title, title);
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
    return DocumentOutput::exportAs(parent, *built->document, format, built->title, title,
                                    exportDirKey);
}

} // namespace sl
