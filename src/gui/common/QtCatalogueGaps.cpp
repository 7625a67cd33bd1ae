// Qt's own strings that Debian's qtbase_zh_CN.qm does not translate (Qt 6 moved them to new
// contexts): lupdate records them under Qt's contexts in studyledger_zh_CN.ts, and our
// translator, asked first, supplies them (the file dialog's "Folder"). Nothing reads this table.
#include <QtGlobal>

namespace sl::ui {

[[maybe_unused]] extern const char* const qtCatalogueGaps[][2];
const char* const qtCatalogueGaps[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Alias", "All other platforms"),
};

} // namespace sl::ui
