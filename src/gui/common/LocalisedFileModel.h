#pragma once

#include <QIdentityProxyModel>

namespace sl {

// The file dialog's model in the interface language: Qt's QFileSystemModel writes the size and
// the modification date in the system's locale (English dates in a Chinese interface on an
// English system); this proxy writes them in the default locale that UiLanguage sets.
class LocalisedFileModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    static constexpr int sizeColumn = 1;
    static constexpr int dateColumn = 3;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace sl
