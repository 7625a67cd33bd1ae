#include "gui/common/ApplicationIcon.h"

#include <QDir>
#include <QRegularExpression>
#include <QSize>

#include <algorithm>

namespace sl::ui {

namespace {

const QString iconDir = QStringLiteral(":/icons");

} // namespace

QList<int> applicationIconSizes()
{
    static const QRegularExpression name(QStringLiteral("^studyledger-(\\d+)\\.png$"));
    QList<int> sizes;
    for (const QString& file : QDir(iconDir).entryList({QStringLiteral("studyledger-*.png")})) {
        const auto m = name.match(file);
        if (m.hasMatch())
            sizes << m.captured(1).toInt();
    }
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : applicationIconSizes())
        icon.addFile(QStringLiteral("%1/studyledger-%2.png").arg(iconDir).arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace sl::ui
