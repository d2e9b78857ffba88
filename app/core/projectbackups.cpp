#include "projectbackups.h"
#include "trtext.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Marginalia::ProjectBackups {

namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

// fsync() the file, then its directory, so that the rename survives a power cut.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status quickCheck(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return makeError(db.error());
    auto stmt = db->prepare(QStringLiteral("PRAGMA quick_check"));
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    if (!*row || stmt->text(0) != u"ok")
        return makeError(
            BackupsText::tr("the copy does not pass quick_check: %1").arg(*row ? stmt->text(0) : QString()));
    return {};
}

} // namespace

QString directoryFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".backups");
}

QStringList list(const QString &projectPath)
{
    const QDir dir(directoryFor(projectPath));
    QStringList paths;
    // Names start with the UTC time: reverse name order is newest first.
    for (const QString &name :
         dir.entryList({QStringLiteral("*.marginalia")}, QDir::Files, QDir::Name | QDir::Reversed))
        paths << dir.filePath(name);
    return paths;
}

Status writeCopy(Database &db, const QString &targetPath)
{
    const QString partPath = targetPath + QStringLiteral(".part");
    QFile::remove(partPath);
    // VACUUM INTO writes a compact copy; a connection that refuses writes
    // (query_only) refuses it too, and then SQLite's backup API, which only
    // reads, copies the pages instead.
    Status copied = [&]() -> Status {
        auto stmt = db.prepare(QStringLiteral("VACUUM INTO ?1"));
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, partPath);
        return stmt->run();
    }();
    if (!copied) {
        QFile::remove(partPath);
        if (Status s = db.copyTo(partPath); !s) {
            QFile::remove(partPath);
            return makeError(BackupsText::tr("%1; %2").arg(copied.error(), s.error()));
        }
    }
    if (!syncToDisk(partPath)) {
        QFile::remove(partPath);
        return makeError(BackupsText::tr("the copy could not be written to disk"));
    }
    if (Status s = quickCheck(partPath); !s) {
        QFile::remove(partPath);
        return makeError(s.error());
    }
    // rename() replaces an older file of that name in one step.
    if (::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(partPath);
        return makeError(BackupsText::tr("%1 cannot be renamed to %2").arg(partPath, targetPath));
    }
    syncDirectory(QFileInfo(targetPath).absolutePath());
    return {};
}

Result<QString> create(Database &db, const QString &projectPath, const QString &reason)
{
    const QString dirPath = directoryFor(projectPath);
    if (!QDir().mkpath(dirPath))
        return makeError(BackupsText::tr("Cannot create the backup folder %1.").arg(dirPath));
    const QString finalPath =
        QDir(dirPath).filePath(QStringLiteral("%1-%2.marginalia").arg(stamp(), QString(reason).replace(u' ', u'-')));
    if (Status s = writeCopy(db, finalPath); !s)
        return makeError(BackupsText::tr("Cannot back up the project: %1").arg(s.error()));
    const QStringList all = list(projectPath);
    for (qsizetype i = Kept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return finalPath;
}

Status restore(const QString &backupPath, const QString &projectPath)
{
    if (Status s = quickCheck(backupPath); !s)
        return makeError(BackupsText::tr("The backup %1 cannot be used: %2").arg(backupPath, s.error()));
    if (QFileInfo::exists(projectPath)) {
        auto aside = moveAside(projectPath, QStringLiteral("replaced"));
        if (!aside)
            return makeError(aside.error());
    }
    const QString part = projectPath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backupPath, part) || !syncToDisk(part) || !QFile::rename(part, projectPath)) {
        QFile::remove(part);
        return makeError(BackupsText::tr("Cannot put the backup %1 in place of %2.").arg(backupPath, projectPath));
    }
    syncDirectory(QFileInfo(projectPath).absolutePath());
    return {};
}

Result<QString> moveAside(const QString &projectPath, const QString &why)
{
    const QString aside = QStringLiteral("%1.%2-%3").arg(projectPath, why, stamp());
    if (!QFile::rename(projectPath, aside))
        return makeError(BackupsText::tr("Cannot move %1 aside.").arg(projectPath));
    // The journal files belong to the file they were written for.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = projectPath + QLatin1String(suffix);
        if (QFileInfo::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    return aside;
}

} // namespace Marginalia::ProjectBackups
