#include "gui/common/LocalisedFileModel.h"

#include <QDateTime>
#include <QFileSystemModel>
#include <QLocale>

namespace sl {

QVariant LocalisedFileModel::data(const QModelIndex& index, int role) const
{
    const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
    if (!files || role != Qt::DisplayRole ||
        (index.column() != sizeColumn && index.column() != dateColumn))
        return QIdentityProxyModel::data(index, role);
    const QFileInfo info = files->fileInfo(mapToSource(index));
    if (index.column() == dateColumn)
        return QLocale().toString(info.lastModified(), QLocale::ShortFormat);
    if (info.isDir())
        return QIdentityProxyModel::data(index, role); // Qt leaves a folder's size empty
    return QLocale().formattedDataSize(info.size());
}

} // namespace sl
