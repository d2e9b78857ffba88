#pragma once
// Backups of a project file, beside it in "<name>.marginalia.backups/". A
// backup is written with VACUUM INTO to a temporary file, synced to disk,
// checked with quick_check, and only then renamed into place, so a backup
// that exists is a good one. The newest few are kept.

#include "result.h"

#include <QStringList>

namespace Marginalia {

class Database;

namespace ProjectBackups {

// How many backups are kept per project.
inline constexpr int Kept = 7;

QString directoryFor(const QString &projectPath);
// The project's backups, newest first.
QStringList list(const QString &projectPath);
// Writes a checked copy of `db` to `targetPath` (VACUUM INTO a ".part"
// file, fsync, quick_check, rename over any file of that name). The error
// says why, without a leading sentence.
Status writeCopy(Database &db, const QString &targetPath);
// Writes a checked backup of `db` (the open project at `projectPath`);
// `reason` goes into the file name ("daily", "before-schema-3").
Result<QString> create(Database &db, const QString &projectPath, const QString &reason);
// Puts `backupPath` in place of the project file (which must be closed);
// the file it replaces is kept beside it as "<name>.replaced-<time>".
Status restore(const QString &backupPath, const QString &projectPath);
// Moves a damaged project file and its -wal/-shm aside; returns the new name.
Result<QString> moveAside(const QString &projectPath, const QString &why);

} // namespace ProjectBackups

} // namespace Marginalia
