#include "gui/common/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace sl {

namespace {

std::optional<QString> s_next;

} // namespace

bool FileDialogs::takeNext(QString& out)
{
    if (!s_next)
        return false;
    out = *s_next;
    s_next.reset();
    return true;
}

QString FileDialogs::openFileName(QWidget* parent, const QString& title, const QString& dir,
                                  const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                  const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    s_next = fileName;
}

} // namespace sl
