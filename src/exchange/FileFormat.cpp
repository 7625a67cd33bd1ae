#include "FileFormat.h"

#include "exchange/ActivityFiles.h"
#include "exchange/CalendarWriter.h"
#include "exchange/ImportKind.h"
#include "exchange/RosterFiles.h"
#include "exchange/SessionFiles.h"

#include <QCoreApplication>

namespace sl {

namespace {

// A table kind of FORMATS.md: the family of files that reads and writes it is chosen once,
// here, instead of at every call.
class TableFormat : public FileFormat
{
public:
    using Importer = Result<FileImportResult> (*)(Ledger&, ImportKind, const QString&);
    using Exporter = Result<int> (*)(Ledger&, ImportKind, const QString&, const ExportScope&);

    TableFormat(ImportKind kind, const char* display, Importer importer, Exporter exporter)
        : m_kind(kind), m_display(display), m_import(importer), m_export(exporter)
    {
    }

    QString shortName() const override { return importKindName(m_kind); }
    QString displayName() const override
    {
        return QCoreApplication::translate("sl::FileFormat", m_display);
    }
    QString nameFilter() const override
    {
        // Both formats of FORMATS.md; export chooses by the ending of the name typed.
        return QCoreApplication::translate("sl::FileFormat", "Tables (*.csv *.xlsx)") +
               QStringLiteral(";;") +
               QCoreApplication::translate("sl::FileFormat", "CSV files (*.csv)") +
               QStringLiteral(";;") +
               QCoreApplication::translate("sl::FileFormat", "Excel workbooks (*.xlsx)");
    }
    QString suffix() const override { return QStringLiteral(".csv"); }
    int capabilities() const override { return CanRead | CanWrite; }

    Result<FileImportResult> read(Ledger& ledger, const QString& path) const override
    {
        return m_import(ledger, m_kind, path);
    }
    Result<int> write(Ledger& ledger, const QString& path, const ExportScope& scope) const override
    {
        return m_export(ledger, m_kind, path, scope);
    }

private:
    ImportKind m_kind;
    const char* m_display;
    Importer m_import;
    Exporter m_export;
};

// The sessions of a group or an organisation subtree as an iCalendar file (write only).
class CalendarFormat : public FileFormat
{
public:
    QString shortName() const override { return QStringLiteral("calendar"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("sl::FileFormat", "Calendar of the sessions");
    }
    QString nameFilter() const override
    {
        return QCoreApplication::translate("sl::FileFormat", "iCalendar files (*.ics)");
    }
    QString suffix() const override { return QStringLiteral(".ics"); }
    int capabilities() const override { return CanWrite; }

    Result<int> write(Ledger& ledger, const QString& path, const ExportScope& scope) const override
    {
        CalendarScope calendar;
        calendar.groupRef = scope.groupRef;
        calendar.orgRef = scope.orgRef;
        calendar.year = scope.year;
        calendar.includeCancelled = scope.includeCancelled;
        return CalendarWriter::writeFile(ledger, calendar, path);
    }
};

std::vector<std::unique_ptr<FileFormat>> makeFormats()
{
    std::vector<std::unique_ptr<FileFormat>> out;
    const auto table = [&out](ImportKind kind, const char* display, auto importer, auto exporter) {
        out.push_back(std::make_unique<TableFormat>(kind, display, importer, exporter));
    };
    table(ImportKind::Orgs, QT_TRANSLATE_NOOP("sl::FileFormat", "Organisations"),
          &RosterFiles::importFile, &RosterFiles::exportFile);
    table(ImportKind::Members, QT_TRANSLATE_NOOP("sl::FileFormat", "Members"),
          &RosterFiles::importFile, &RosterFiles::exportFile);
    table(ImportKind::Groups, QT_TRANSLATE_NOOP("sl::FileFormat", "Study groups"),
          &RosterFiles::importFile, &RosterFiles::exportFile);
    table(ImportKind::GroupMembers, QT_TRANSLATE_NOOP("sl::FileFormat", "Group members"),
          &RosterFiles::importFile, &RosterFiles::exportFile);
    table(ImportKind::Plans, QT_TRANSLATE_NOOP("sl::FileFormat", "Study plans"),
          &SessionFiles::importFile, &SessionFiles::exportFile);
    table(ImportKind::Sessions, QT_TRANSLATE_NOOP("sl::FileFormat", "Sessions"),
          &SessionFiles::importFile, &SessionFiles::exportFile);
    table(ImportKind::Attendance, QT_TRANSLATE_NOOP("sl::FileFormat", "Attendance"),
          &SessionFiles::importFile, &SessionFiles::exportFile);
    table(ImportKind::Speeches, QT_TRANSLATE_NOOP("sl::FileFormat", "Speeches"),
          &SessionFiles::importFile, &SessionFiles::exportFile);
    table(ImportKind::SelfStudy, QT_TRANSLATE_NOOP("sl::FileFormat", "Self-study"),
          &ActivityFiles::importFile, &ActivityFiles::exportFile);
    table(ImportKind::Writings, QT_TRANSLATE_NOOP("sl::FileFormat", "Writings"),
          &ActivityFiles::importFile, &ActivityFiles::exportFile);
    out.push_back(std::make_unique<CalendarFormat>());
    return out;
}

} // namespace

Result<FileImportResult> FileFormat::read(Ledger&, const QString&) const
{
    return Error::invalid(
        QString(), QCoreApplication::translate("sl::FileFormat", "%1 files cannot be imported")
                       .arg(shortName()));
}

Result<FileImportResult> FileFormat::import(Ledger& ledger, const QString& path,
                                            const ImportOptions& options) const
{
    const ImportOptionsScope scope(options);
    return read(ledger, path);
}

Result<FileImportResult> FileFormat::preview(Ledger& ledger, const QString& path,
                                             const ColumnOverrides& mapping) const
{
    ImportOptions options;
    options.mapping = mapping;
    options.dryRun = true;
    return import(ledger, path, options);
}

Result<int> FileFormat::write(Ledger&, const QString&, const ExportScope&) const
{
    return Error::invalid(
        QString(), QCoreApplication::translate("sl::FileFormat", "%1 files cannot be exported")
                       .arg(shortName()));
}

const std::vector<std::unique_ptr<FileFormat>>& FileFormats::all()
{
    static const std::vector<std::unique_ptr<FileFormat>> formats = makeFormats();
    return formats;
}

const FileFormat* FileFormats::find(const QString& shortName)
{
    for (const auto& format : all()) {
        if (format->shortName() == shortName)
            return format.get();
    }
    return nullptr;
}

QStringList FileFormats::names(FileFormat::Capability capability)
{
    QStringList out;
    for (const auto& format : all()) {
        if ((format->capabilities() & capability) != 0)
            out << format->shortName();
    }
    return out;
}

} // namespace sl
