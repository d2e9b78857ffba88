#include "fileset.h"
#include "trtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Marginalia::Exchange {

namespace {

// Flushes the file system that holds `path`: one call for every file
// written there, where fsync would be one per file.
bool syncFileSystemOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
#ifdef Q_OS_LINUX
    const bool synced = ::syncfs(fd) == 0;
#else
    const bool synced = ::fsync(fd) == 0;
#endif
    ::close(fd);
    return synced;
}

} // namespace

FileSet::~FileSet()
{
    discard();
}

void FileSet::discard()
{
    for (const Pending &p : std::as_const(m_pending))
        QFile::remove(p.temporary);
    m_pending.clear();
}

Status FileSet::add(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ExchangeText::tr("Cannot write %1: it is a folder.").arg(path));
    // Opened as new, so that it gets the permissions of any new file
    // (0666 less the umask) and never reuses a name another writer holds.
    QFile file;
    for (int attempt = 0; attempt < 8; ++attempt) {
        file.setFileName(
            info.dir().filePath(QStringLiteral(".%1.%2.part")
                                    .arg(info.fileName())
                                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
    }
    if (!file.isOpen())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_pending << Pending{file.fileName(), path};
    if (file.write(contents) != contents.size() || !file.flush()) {
        const QString why = file.errorString();
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, why));
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status FileSet::commit()
{
    if (m_pending.isEmpty())
        return {};
    if (!syncFileSystemOf(m_pending.first().temporary)) {
        const Error error{ExchangeText::tr("Cannot write %1: %2")
                              .arg(m_pending.first().path, QString::fromLocal8Bit(std::strerror(errno)))};
        discard();
        return error;
    }
    QSet<QString> folders;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending.at(i);
        if (::rename(QFile::encodeName(p.temporary).constData(), QFile::encodeName(p.path).constData()) != 0) {
            const Error error{
                ExchangeText::tr("Cannot write %1: %2").arg(p.path, QString::fromLocal8Bit(std::strerror(errno)))};
            m_pending.remove(0, i); // in place already
            discard();
            return error;
        }
        folders.insert(QFileInfo(p.path).absolutePath());
    }
    m_pending.clear();
    // The renames themselves are durable once their folders are synced.
    for (const QString &folder : std::as_const(folders)) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    return {};
}

} // namespace Marginalia::Exchange
