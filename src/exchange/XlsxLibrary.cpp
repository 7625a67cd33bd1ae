#include "XlsxLibrary.h"

#include <QCoreApplication>
#include <QString>

#include <dlfcn.h>

namespace sl {

namespace {

struct Loaded
{
    XlsxLibrary library{};
    QString error;
};

template <typename F> bool resolve(void* handle, const char* name, F& out)
{
    out = reinterpret_cast<F>(::dlsym(handle, name));
    return out != nullptr;
}

Loaded load()
{
    Loaded loaded;
    void* handle = nullptr;
    for (const char* name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
        handle = ::dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
    }
    if (!handle) {
        loaded.error = QString::fromLocal8Bit(::dlerror());
        return loaded;
    }
    XlsxLibrary& l = loaded.library;
    const bool ok = resolve(handle, "workbook_new_opt", l.workbookNew) &&
                    resolve(handle, "workbook_add_worksheet", l.addWorksheet) &&
                    resolve(handle, "workbook_add_format", l.addFormat) &&
                    resolve(handle, "workbook_close", l.close) &&
                    resolve(handle, "lxw_workbook_free", l.free) &&
                    resolve(handle, "format_set_bold", l.setBold) &&
                    resolve(handle, "format_set_pattern", l.setPattern) &&
                    resolve(handle, "format_set_bg_color", l.setBackground) &&
                    resolve(handle, "format_set_border", l.setBorder) &&
                    resolve(handle, "format_set_num_format", l.setNumberFormat) &&
                    resolve(handle, "worksheet_freeze_panes", l.freezePanes) &&
                    resolve(handle, "worksheet_set_column", l.setColumn) &&
                    resolve(handle, "worksheet_write_string", l.writeString) &&
                    resolve(handle, "worksheet_write_number", l.writeNumber) &&
                    resolve(handle, "worksheet_write_datetime", l.writeDatetime) &&
                    resolve(handle, "lxw_strerror", l.errorText);
    if (!ok)
        loaded.error = QString::fromLocal8Bit(::dlerror());
    return loaded;
}

} // namespace

Result<const XlsxLibrary*> XlsxLibrary::get()
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty())
        return Error{ErrorCode::Io,
                     {},
                     QCoreApplication::translate("sl::XlsxFileWriter",
                                                 "cannot load libxlsxwriter (Debian package "
                                                 "libxlsxwriter4): %1")
                         .arg(loaded.error)};
    return &loaded.library;
}

} // namespace sl
