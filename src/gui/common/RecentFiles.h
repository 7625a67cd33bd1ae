#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace sl {

// File › Recent: the ledgers opened last (at most maxFiles, the latest first), kept in the
// settings; a file that no longer exists is dropped when the list is read. At start without
// --db (and without $STUDYLEDGER_DB) the program reopens the first of them.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFiles = 8;

    // The files, the latest first, those that no longer exist left out.
    static QStringList files();
    // Puts `path` (made absolute) first, once, and keeps maxFiles.
    static void add(const QString& path);
    // The file opened last that still exists; empty when none.
    static QString last();

    // Fills `menu` with the files each time it is about to show (and a Clear entry).
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

signals:
    void fileChosen(const QString& path);

private:
    void fill();

    QMenu* m_menu;
};

} // namespace sl
