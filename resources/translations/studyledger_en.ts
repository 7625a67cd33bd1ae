<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>sl::ArchiveView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::AssessmentView</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s)</source>
        <translation>
            <numerusform>%1 of %Ln member</numerusform>
            <numerusform>%1 of %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish the %1 results of %2 (%n member(s))? The published results are kept as they are now; afterwards no final can be adjusted and the year's rubric is frozen.</source>
        <translation>
            <numerusform>Publish the %1 results of %2 (%n member)? The published results are kept as they are now; afterwards no final can be adjusted and the year's rubric is frozen.</numerusform>
            <numerusform>Publish the %1 results of %2 (%n members)? The published results are kept as they are now; afterwards no final can be adjusted and the year's rubric is frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::AttendanceSheetView</name>
    <message numerus="yes">
        <source>%n member(s) have no status yet. Record them as present?</source>
        <translation>
            <numerusform>%n member has no status yet. Record them as present?</numerusform>
            <numerusform>%n members have no status yet. Record them as present?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::AuditView</name>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::BulletinPreview</name>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page; the preview shows the first %1.</numerusform>
            <numerusform>%n pages; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n page, as it will print.</numerusform>
            <numerusform>%n pages, as they will print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n page(s) of the first %1 of the attachment&apos;s %2 rows; export the PDF to see them all.</source>
        <translation>
            <numerusform>The first page of the first %1 of the attachment&apos;s %2 rows; export the PDF to see them all.</numerusform>
            <numerusform>The first %n pages of the first %1 of the attachment&apos;s %2 rows; export the PDF to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::BulletinView</name>
    <message numerus="yes">
        <source>Bulletins issued by %1: %n</source>
        <translation>
            <numerusform>Bulletins issued by %1: %n</numerusform>
            <numerusform>Bulletins issued by %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ExchangeMenus</name>
    <message numerus="yes">
        <source>Wrote %n records to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ImportWizard</name>
    <message numerus="yes">
        <source>Read as %1; header on line %2, %n rows.</source>
        <translation>
            <numerusform>Read as %1; header on line %2, %n row.</numerusform>
            <numerusform>Read as %1; header on line %2, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.
%1</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.
%1</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::LedgerVolumeDialog</name>
    <message numerus="yes">
        <source>Wrote the %1 volume of %2 (%n held session(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the %1 volume of %2 (%n held session) to %3.</numerusform>
            <numerusform>Wrote the %1 volume of %2 (%n held sessions) to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::MainWindow</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::MakeupLedgerView</name>
    <message numerus="yes">
        <source>%n record(s), %1 still owed</source>
        <translation>
            <numerusform>%n record, %1 still owed</numerusform>
            <numerusform>%n records, %1 still owed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::MyYearView</name>
    <message numerus="yes">
        <source>Make-up study owed: %n session(s)</source>
        <translation>
            <numerusform>Make-up study owed: %n session</numerusform>
            <numerusform>Make-up study owed: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::NewAccountDialog</name>
    <message numerus="yes">
        <source>Password: at least %n character(s)</source>
        <translation>
            <numerusform>Password: at least %n character</numerusform>
            <numerusform>Password: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::PackageActions</name>
    <message numerus="yes">
        <source>Wrote the data package of %1 (%n records) to %2.</source>
        <translation>
            <numerusform>Wrote the data package of %1 (%n record) to %2.</numerusform>
            <numerusform>Wrote the data package of %1 (%n records) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the package has %n problems.

%1</source>
        <translation>
            <numerusform>Nothing was imported: the package has %n problem.

%1</numerusform>
            <numerusform>Nothing was imported: the package has %n problems.

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::PackageFiles</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New password: at least %n character(s)</source>
        <translation>
            <numerusform>New password: at least %n character</numerusform>
            <numerusform>New password: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::PlanView</name>
    <message numerus="yes">
        <source>%1 of %n item(s) carried out</source>
        <translation>
            <numerusform>%1 of %n item carried out</numerusform>
            <numerusform>%1 of %n items carried out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyDialog</name>
    <message numerus="yes">
        <source>Notes: %n character(s)</source>
        <translation>
            <numerusform>Notes: %n character</numerusform>
            <numerusform>Notes: %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyQuickEntry</name>
    <message numerus="yes">
        <source>Notes: %n character(s)</source>
        <translation>
            <numerusform>Notes: %n character</numerusform>
            <numerusform>Notes: %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyView</name>
    <message numerus="yes">
        <source>%1: %n entry(ies), %2 hours</source>
        <translation>
            <numerusform>%1: %n entry, %2 hours</numerusform>
            <numerusform>%1: %n entries, %2 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SeriesDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SessionListCommand</name>
    <message numerus="yes">
        <source>New series of %n session(s)</source>
        <translation>
            <numerusform>New series of %n session</numerusform>
            <numerusform>New series of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::SessionsView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::TableExportAction</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::WritingDialog</name>
    <message numerus="yes">
        <source>Text: %n character(s)</source>
        <translation>
            <numerusform>Text: %n character</numerusform>
            <numerusform>Text: %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::WritingsView</name>
    <message numerus="yes">
        <source>%1: %n writing(s), %2 unit(s)</source>
        <translation>
            <numerusform>%1: %n writing, %2 unit(s)</numerusform>
            <numerusform>%1: %n writings, %2 unit(s)</numerusform>
        </translation>
    </message>
</context>
</TS>
