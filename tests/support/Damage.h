#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

// Damage as a failing disk or a careless tool leaves it: the indexes of `table` lose every entry
// (their root pages become empty leaves) while the table keeps its rows. The b-trees stay well
// formed, so only a check of rows against indexes finds it. The file must be closed.
inline bool emptyIndexesOf(const QString& file, const QString& table)
{
    std::vector<qint64> roots;
    int pageSize = 0;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(file);
        if (raw.open()) {
            QSqlQuery q(raw);
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.prepare(QStringLiteral(
                "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"));
            q.addBindValue(table);
            if (q.exec()) {
                while (q.next())
                    roots.push_back(q.value(0).toLongLong());
            }
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    if (roots.empty() || pageSize <= 0)
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    for (qint64 root : roots) {
        QByteArray page(pageSize, '\0');
        page[0] = 0x0a; // a leaf index page with no cells; the content area starts at its end
        page[5] = static_cast<char>((pageSize >> 8) & 0xff);
        page[6] = static_cast<char>(pageSize & 0xff);
        if (!f.seek((root - 1) * pageSize) || f.write(page) != pageSize)
            return false;
    }
    return true;
}
