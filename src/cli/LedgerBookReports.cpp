// report signin and report session of studyledger-cli: the sign-in sheet (签到表) and the record
// (学习记录) of one session as documents.
#include "CliApp.h"

#include "report/DocumentWriter.h"
#include "report/SigninDocument.h"
#include "report/StudyRecordDocument.h"
#include "services/Ledger.h"
#include "services/LedgerBookService.h"
#include "services/SessionService.h"

#include <QTextDocument>

namespace sl::cli {

namespace {

const char* const sheetUsage =
    "report signin|session needs --session ID --format pdf|odt|html -o FILE";

} // namespace

int CliApp::reportSessionDocument(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("session"), QStringLiteral("format"), QStringLiteral("o")},
                      &code))
        return code;
    const bool signin = args.positional(0) == QLatin1String("signin");
    const auto sessionRef = args.option(QStringLiteral("session"));
    const auto formatName = args.option(QStringLiteral("format"));
    const auto target = args.option(QStringLiteral("o"));
    if (args.positional().size() != 1 || !sessionRef || !formatName || !target)
        return usage(QString::fromLatin1(sheetUsage));
    const auto format = DocumentWriter::formatFromName(*formatName);
    if (!format)
        return usage(
            QStringLiteral("--format takes pdf, odt or html, not \"%1\"").arg(*formatName));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    // The session by its number (as the sessions file writes it).
    auto session = SessionService(*ledger).byExtId(*sessionRef);
    if (!session)
        return fail(session.error());
    if (!*session)
        return fail(Error::notFound(QStringLiteral("session"),
                                    QStringLiteral("no session \"%1\"").arg(*sessionRef)));
    LedgerBookService book(*ledger);
    std::unique_ptr<QTextDocument> document;
    if (signin) {
        auto sheet = book.signinSheet((*session)->id);
        if (!sheet)
            return fail(sheet.error());
        document = SigninDocument::build(*sheet);
    } else {
        auto record = book.sessionRecord((*session)->id);
        if (!record)
            return fail(record.error());
        document = StudyRecordDocument::build(*record);
    }
    auto bytes = DocumentWriter::render(*document, *format);
    if (!bytes)
        return fail(bytes.error());
    if (int written = writeOutput(*target, *bytes); written != ExitOk || *target == "-")
        return written;
    m_out << "wrote the " << (signin ? "sign-in sheet" : "record") << " of session "
          << (*session)->extId << " to " << *target << '\n';
    return ExitOk;
}

} // namespace sl::cli
