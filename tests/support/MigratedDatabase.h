#pragma once

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QString>

#include <memory>

// A new database at `path`, migrated to the latest version, for the repository tests; null
// (after a warning) when it cannot be created or migrated.
inline std::unique_ptr<sl::Database> migratedDatabase(const QString& path)
{
    auto db = sl::Database::open(path, sl::Database::OpenMode::CreateIfMissing);
    if (!db.ok()) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.error().text()));
        return nullptr;
    }
    std::unique_ptr<sl::Database> out = std::move(db).value();
    if (auto migrated = sl::Migrator::migrate(*out); !migrated.ok()) {
        qWarning("cannot migrate %s: %s", qPrintable(path), qPrintable(migrated.error().text()));
        return nullptr;
    }
    return out;
}
