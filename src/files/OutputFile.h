#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace sl {

// A file that appears whole or not at all. The bytes go to an owner-only (0600) temporary file
// beside the target; commit() checks that every write reached the file, syncs it, closes it and
// only then renames it over the target. A failed write or sync, a full disk or a missing commit()
// leaves the target as it was and removes the temporary file. Every system call is checked here
// (no library in between that could ignore a failed sync).
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
    // The temporary file beside the target while open (empty otherwise), for a library that
    // writes a file by name (libxlsxwriter): it writes there, commit() syncs and renames it.
    const QString& temporaryPath() const { return m_temporary; }

    // Writes `bytes` to `path` whole or not at all.
    static Status writeAll(const QString& path, const QByteArray& bytes,
                           const QString& field = QString());

    // An error for a file that could not be written (ErrorCode::Io), naming the system's reason.
    static Error writeError(const QString& path, const QString& reason);

private:
    Error failure(int error);

    QString m_path;
    QString m_field;
    QString m_temporary;
    int m_fd = -1;
};

} // namespace sl
