#include "files/OutputFile.h"

#include "files/LedgerFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace sl {

namespace {

QString reasonOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

OutputFile::OutputFile(const QString& path, QString field) : m_path(path), m_field(std::move(field))
{
}

OutputFile::~OutputFile()
{
    cancel();
}

Error OutputFile::writeError(const QString& path, const QString& reason)
{
    return Error{
        ErrorCode::Io,
        {},
        QCoreApplication::translate("sl::OutputFile", "cannot write %1: %2").arg(path, reason)};
}

Error OutputFile::failure(int error)
{
    cancel();
    return writeError(m_path, reasonOf(error));
}

Status OutputFile::open()
{
    if (Status s = LedgerFiles::checkOutputTarget(m_path, m_field); !s)
        return s;
    cancel();
    // Beside the target (through a link: beside the file it names), so that the rename stays
    // on one file system; mkstemp creates it 0600.
    QFileInfo target(m_path);
    if (target.isSymLink())
        target = QFileInfo(target.symLinkTarget());
    QByteArray pattern = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") +
                                           target.fileName() + QStringLiteral(".XXXXXX"));
    m_fd = ::mkstemp(pattern.data());
    if (m_fd < 0)
        return writeError(m_path, reasonOf(errno));
    m_temporary = QFile::decodeName(pattern);
    ::fchmod(m_fd, S_IRUSR | S_IWUSR);
    return {};
}

Status OutputFile::write(const QByteArray& bytes)
{
    if (m_fd < 0)
        return writeError(m_path,
                          QCoreApplication::translate("sl::OutputFile", "the file is not open"));
    const char* data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failure(n < 0 ? errno : ENOSPC);
        data += n;
        left -= n;
    }
    return {};
}

Status OutputFile::commit()
{
    if (m_fd < 0)
        return writeError(m_path,
                          QCoreApplication::translate("sl::OutputFile", "the file is not open"));
    if (::fsync(m_fd) != 0)
        return failure(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        QFile::remove(m_temporary);
        m_temporary.clear();
        return writeError(m_path, reasonOf(error));
    }
    QFileInfo target(m_path);
    const QString name = target.isSymLink() ? target.symLinkTarget() : m_path;
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(name).constData()) !=
        0) {
        const int error = errno;
        QFile::remove(m_temporary);
        m_temporary.clear();
        return writeError(m_path, reasonOf(error));
    }
    m_temporary.clear();
    return {};
}

void OutputFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
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
