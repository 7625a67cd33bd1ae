#pragma once

#include "domain/Result.h"
#include "report/DocumentWriter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;
class QWidget;

namespace sl {

class Ledger;

// The printed papers of one session: its sign-in sheet (签到表, planned or held) and its record
// (学习记录, held only), read from the ledger as stored (LedgerBookService) and laid out by the
// report layer. Printing asks for a printer; exporting asks for a file (FileDialogs) and
// writes it (DocumentWriter). A refusal (a planned session has no record) is shown as a
// warning (MessageBoxes).
class SessionDocuments
{
    Q_DECLARE_TR_FUNCTIONS(sl::SessionDocuments)

public:
    enum class Kind
    {
        SigninSheet,
        Record
    };

    struct Built
    {
        std::unique_ptr<QTextDocument> document;
        QString title; // the document title, also the suggested file name
    };
    static Result<Built> build(Ledger& ledger, qint64 sessionId, Kind kind);

    static void print(QWidget* parent, Ledger& ledger, qint64 sessionId, Kind kind);
    // True when a file was written.
    static bool exportAs(QWidget* parent, Ledger& ledger, qint64 sessionId, Kind kind,
                         DocumentFormat format);

private:
    static QString name(Kind kind);
};

} // namespace sl
