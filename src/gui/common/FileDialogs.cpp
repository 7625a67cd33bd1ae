#include "gui/common/FileDialogs.h"

#include "gui/common/LocalisedFileModel.h"

#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace sl {

namespace {

std::optional<QString> s_next;

// Runs `dialog` with its dates and sizes in the interface language (Qt's own widget dialog; a
// desktop's native one follows the desktop's language anyway). Empty when cancelled.
QString run(QFileDialog& dialog)
{
    auto* model = new LocalisedFileModel(&dialog);
    dialog.setProxyModel(model);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

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
    QFileDialog dialog(parent, title, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                  const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    const QFileInfo target(suggested);
    const bool isDir = target.isDir();
    QFileDialog dialog(parent, title, isDir ? suggested : target.absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (!isDir && !suggested.isEmpty())
        dialog.selectFile(target.fileName());
    return run(dialog);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    s_next = fileName;
}

} // namespace sl
