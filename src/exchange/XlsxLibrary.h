#pragma once

#include "domain/Result.h"

#include <xlsxwriter.h>

namespace sl {

// libxlsxwriter, loaded at run time with its own zip library bound first (dlopen with
// RTLD_DEEPBIND). It cannot simply be linked: it writes its zip files with minizip's zipOpen …,
// and QuaZip (linked for the ODT documents and XlsxReader) exports functions of the same names
// for its own, incompatible copy of minizip; linked together, libxlsxwriter's calls would land in
// QuaZip's and crash. Only the functions XlsxFileWriter uses are looked up.
struct XlsxLibrary
{
    decltype(&::workbook_new_opt) workbookNew;
    decltype(&::workbook_add_worksheet) addWorksheet;
    decltype(&::workbook_add_format) addFormat;
    decltype(&::workbook_close) close;
    decltype(&::lxw_workbook_free) free;
    decltype(&::format_set_bold) setBold;
    decltype(&::format_set_pattern) setPattern;
    decltype(&::format_set_bg_color) setBackground;
    decltype(&::format_set_border) setBorder;
    decltype(&::format_set_num_format) setNumberFormat;
    decltype(&::worksheet_freeze_panes) freezePanes;
    decltype(&::worksheet_set_column) setColumn;
    decltype(&::worksheet_write_string) writeString;
    decltype(&::worksheet_write_number) writeNumber;
    decltype(&::worksheet_write_datetime) writeDatetime;
    decltype(&::lxw_strerror) errorText;

    // The library, loaded once; an Io error naming it when it is missing.
    static Result<const XlsxLibrary*> get();
};

} // namespace sl
