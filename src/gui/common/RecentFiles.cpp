#include "gui/common/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace sl {

namespace {

const QString filesKey = QStringLiteral("recentFiles");

void store(const QStringList& files)
{
    QSettings().setValue(filesKey, files);
}

} // namespace

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(filesKey).toStringList();
    QStringList out;
    for (const QString& path : stored) {
        if (QFileInfo(path).isFile() && !out.contains(path))
            out << path;
        if (out.size() == maxFiles)
            break;
    }
    if (out != stored)
        store(out);
    return out;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxFiles)
        list.removeLast();
    store(list);
}

QString RecentFiles::last()
{
    const QStringList list = files();
    return list.isEmpty() ? QString() : list.first();
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), m_menu(menu)
{
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fill);
    fill();
}

void RecentFiles::fill()
{
    m_menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString& path : list) {
        ++n;
        // &1 … &8: the number is the mnemonic.
        QString shown = QDir::toNativeSeparators(path);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = QStringLiteral("&%1 %2").arg(n).arg(shown);
        m_menu->addAction(text, this, [this, path] { emit fileChosen(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear the List"), this, [this] {
        store({});
        fill();
    });
}

} // namespace sl
