#pragma once

#include "exchange/ExportScope.h"
#include "exchange/FileImport.h"

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sl {

class Ledger;

// One kind of file StudyLedger reads or writes (a table kind of FORMATS.md, the calendar), as
// Tiled's FileFormat: both faces — the command line and the desktop program — import and export
// through it, with the same checks.
class FileFormat
{
public:
    enum Capability
    {
        CanRead = 0x1,  // import
        CanWrite = 0x2, // export
    };

    virtual ~FileFormat() = default;

    // The name on the command line: "members", "calendar" …
    virtual QString shortName() const = 0;
    // The name in menus and messages, translated: "党员" …
    virtual QString displayName() const = 0;
    // The file chooser's filter ("CSV files (*.csv);;Excel workbooks (*.xlsx)" …), and the
    // ending of a suggested file name: ".csv".
    virtual QString nameFilter() const = 0;
    virtual QString suffix() const = 0;
    virtual int capabilities() const = 0;

    // Imports the file: counts when it went in, else every problem (and nothing was changed).
    virtual Result<FileImportResult> read(Ledger& ledger, const QString& path) const;
    // read() with options: the header mapping made by hand, progress and cancelling between
    // rows (cancelled: ErrorCode::Cancelled, nothing changed), or a dry run.
    Result<FileImportResult> import(Ledger& ledger, const QString& path,
                                    const ImportOptions& options) const;
    // A dry run of read(): the same checks and messages, always rolled back; every problem and
    // the counts the import would have (added, updated, unchanged).
    Result<FileImportResult> preview(Ledger& ledger, const QString& path,
                                     const ColumnOverrides& mapping = {}) const;
    // Exports what `scope` selects; the number of records written.
    virtual Result<int> write(Ledger& ledger, const QString& path, const ExportScope& scope) const;

    bool canRead() const { return (capabilities() & CanRead) != 0; }
    bool canWrite() const { return (capabilities() & CanWrite) != 0; }
};

// The formats of this build, in the order menus list them.
class FileFormats
{
public:
    static const std::vector<std::unique_ptr<FileFormat>>& all();
    // The format of `shortName`, or null.
    static const FileFormat* find(const QString& shortName);
    // The short names of the formats with `capability`.
    static QStringList names(FileFormat::Capability capability);
};

} // namespace sl
