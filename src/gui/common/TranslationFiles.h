#pragma once

#include <QString>
#include <QStringList>

namespace sl::ui {

// Where the program finds its translation catalogues (.qm), the first folder that has one
// winning:
//  1. PROGRAM_DIR/../share/studyledger/translations: an installed program (PREFIX/bin and
//     PREFIX/share, cmake/Packaging.cmake), so that a catalogue can be replaced without building;
//  2. Qt's own translations folder (QLibraryInfo), for Qt's catalogues matching the Qt in use;
//  3. :/i18n, the catalogues compiled into the program: the build tree, or nothing installed.
QStringList translationDirs(const QString& programDir);

// The path of the catalogue `fileName` ("studyledger_zh_CN.qm") in the first of `dirs` that
// holds it; empty when none does.
QString findCatalogue(const QString& fileName, const QStringList& dirs);

} // namespace sl::ui
