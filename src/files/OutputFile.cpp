#include "files/OutputFile.h"

#include "files/LedgerFiles.h"

#include <QCoreApplication>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sl::OutputFile", text);
}

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

OutputFile::OutputFile(const QString& path, QString field)
    : m_path(path), m_field(std::move(field)), m_file(path)
{
}

OutputFile::~OutputFile()
{
    cancel();
}

Error OutputFile::writeError(const QString& path, const QString& reason)
{
    return Error{ErrorCode::Io, {}, tr("cannot write %1: %2").arg(path, reason)};
}

Error OutputFile::failure(const QString& reason)
{
    m_failed = true;
    cancel();
    return writeError(m_path, reason);
}

Status OutputFile::open()
{
    if (Status s = LedgerFiles::checkOutputTarget(m_path, m_field); !s)
        return s;
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString());
    // What StudyLedger writes holds personal data: owner-only, whatever the umask says.
    if (::fchmod(m_file.handle(), S_IRUSR | S_IWUSR) != 0)
        return failure(systemReason());
    return {};
}

Status OutputFile::write(const QByteArray& bytes)
{
    if (m_failed || !m_file.isOpen())
        return writeError(m_path, tr("the file is not open"));
    if (m_file.write(bytes) != bytes.size())
        return failure(m_file.errorString());
    return {};
}

Status OutputFile::commit()
{
    if (m_failed || !m_file.isOpen())
        return writeError(m_path, tr("the file is not open"));
    // Qt buffers small writes: a full disk shows only when the buffer is flushed.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return failure(m_file.errorString());
    if (::fsync(m_file.handle()) != 0)
        return failure(systemReason());
    if (!m_file.commit()) {
        m_failed = true;
        return writeError(m_path, m_file.errorString());
    }
    return {};
}

void OutputFile::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting(), m_file.commit(); // commit() after cancelWriting() discards
}

Status OutputFile::writeAll(const QString& path, const QByteArray& bytes, const QString& field)
{
    OutputFile file(path, field);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.write(bytes); !s)
        return s;
    return file.commit();
}

} // namespace sl
