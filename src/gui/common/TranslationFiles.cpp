#include "gui/common/TranslationFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace sl::ui {

QStringList translationDirs(const QString& programDir)
{
    QStringList dirs;
    if (!programDir.isEmpty())
        dirs << QDir::cleanPath(programDir + QStringLiteral("/../share/studyledger/translations"));
    dirs << QLibraryInfo::path(QLibraryInfo::TranslationsPath) << QStringLiteral(":/i18n");
    return dirs;
}

QString findCatalogue(const QString& fileName, const QStringList& dirs)
{
    for (const QString& dir : dirs) {
        const QString path = dir + QLatin1Char('/') + fileName;
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace sl::ui
