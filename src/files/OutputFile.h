#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace sl {

// A file that appears whole or not at all. The bytes go to a temporary file beside the target
// (owner-only, 0600); commit() flushes it, checks that every write reached the disk, syncs it
// and only then renames it over the target. A failed write, a full disk or a missing commit()
// leaves the target as it was and removes the temporary file.
//
// open() refuses targets that would destroy a ledger (LedgerFiles::checkOutputTarget).
class OutputFile
{
public:
    explicit OutputFile(const QString& path, QString field = QString());
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    Status open();
    Status write(const QByteArray& bytes);
    Status commit();
    // Throws the temporary file away; the target stays as it was.
    void cancel();

    const QString& path() const { return m_path; }

    // Writes `bytes` to `path` whole or not at all.
    static Status writeAll(const QString& path, const QByteArray& bytes,
                           const QString& field = QString());

    // An error for a file that could not be written (ErrorCode::Io), naming the system's reason.
    static Error writeError(const QString& path, const QString& reason);

private:
    Error failure(const QString& reason);

    QString m_path;
    QString m_field;
    QSaveFile m_file;
    bool m_failed = false;
};

} // namespace sl
