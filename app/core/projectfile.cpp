// The project file itself: opening it (refusing foreign, newer, damaged or
// unwritable files without touching them), configuring the connection,
// migrating the schema, backups and the clean-close flag. The records in it
// are read and written in projectstore.cpp and projectrecords.cpp.

#include "projectstore.h"
#include "trtext.h"

#include "projectbackups.h"
#include "projectschema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Marginalia {

namespace {

const QString OpenKey = QStringLiteral("open");

// The "open" flag in meta, read without touching the file ("" if none).
QString openFlag(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'open'"));
    if (!stmt)
        return {};
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : QString();
}

// Why a project is damaged, as the message says it.
enum class Damage { FailsIntegrityCheck, Unreadable, CutShort, Emptied };

// Closes the connection now (before its file is moved).
void close(Database &&db)
{
    const Database closing(std::move(db));
}

// A damaged file goes aside with its journal, unless the project was opened
// for reading only; the message names the newest good backup. The file must
// be closed.
Error damaged(const QString &path, Damage damage, const QString &detail, bool moveAside)
{
    QString reason;
    switch (damage) {
    case Damage::FailsIntegrityCheck:
        reason = StoreText::tr("it was not closed properly and fails its integrity check");
        break;
    case Damage::Unreadable:
        reason = StoreText::tr("SQLite cannot read it: %1").arg(detail);
        break;
    case Damage::CutShort:
        reason = StoreText::tr("the file was cut short: it ends inside a page");
        break;
    case Damage::Emptied:
        reason = StoreText::tr("the file is empty, but it has backups");
        break;
    }
    QStringList sentences{StoreText::tr("The project %1 is damaged (%2).").arg(path, reason)};
    if (moveAside) {
        auto aside = ProjectBackups::moveAside(path, QStringLiteral("damaged"));
        sentences.append(aside ? StoreText::tr("It was moved to %1.").arg(*aside) : aside.error());
    }
    const QStringList backups = ProjectBackups::list(path);
    sentences.append(backups.isEmpty() ? StoreText::tr("There is no backup of it.")
                                       : StoreText::tr("The newest backup is %1.").arg(backups.constFirst()));
    return makeError(sentences.join(u' '));
}

// What the first bytes of a SQLite file say, read without SQLite: it refuses
// to read the header of a file cut short, but the bytes still say whose file
// it was.
struct RawHeader {
    qint32 applicationId = 0; // 0 when the file is too short to have one
    bool cutShort = false; // not a whole number of pages
};

RawHeader readRawHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() < 72 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return {};
    RawHeader raw;
    raw.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    // SQLite writes whole pages; a shorter last page reads as zeros.
    const quint16 field = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = field == 1 ? 65536 : field;
    raw.cutShort = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0 && file.size() % pageSize != 0;
    return raw;
}

} // namespace

ProjectStore::ProjectStore(Database db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(StoreText::tr("%1 is not a file.").arg(path));
    const bool readOnly = access == Access::ReadOnly;
    if (readOnly && !info.exists())
        return makeError(StoreText::tr("%1 does not exist.").arg(path));
    if (!readOnly && !isWritable(path))
        return makeError(StoreText::tr("%1 cannot be written: the file or its folder is read-only. It can be opened "
                                       "read-only.")
                             .arg(path));
    const bool hasBackups = !ProjectBackups::list(info.absoluteFilePath()).isEmpty();
    // An emptied project file would otherwise become a new, empty project
    // and hide the backups from its user.
    if (info.exists() && info.size() == 0 && hasBackups)
        return damaged(info.absoluteFilePath(), Damage::Emptied, {}, !readOnly);
    const RawHeader raw = info.exists() ? readRawHeader(path) : RawHeader();
    const bool ours = raw.applicationId == ApplicationId || hasBackups;
    if (raw.cutShort && ours)
        return damaged(info.absoluteFilePath(), Damage::CutShort, {}, !readOnly);
    // Nothing can change a file in a read-only folder, and SQLite could not
    // make the WAL index there that it needs to read it otherwise.
    const bool immutable = readOnly && !QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"));
    auto db = Database::open(path,
                             !readOnly       ? Database::Mode::ReadWriteCreate
                                 : immutable ? Database::Mode::ReadOnlyImmutable
                                             : Database::Mode::ReadOnly);
    if (!db)
        return makeError(db.error());

    // Read the header before changing anything: a foreign or newer file must
    // be left exactly as it was.
    // A file cut short fails here already. It is damaged, not foreign, when
    // its header bytes say it is ours or it has backups.
    auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
    auto version = appId ? db->scalar(QStringLiteral("PRAGMA user_version")) : Result<qint64>(makeError(appId.error()));
    auto tables = version ? db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")) : version;
    if (!tables) {
        if (ours && db->lastErrorIsDamage()) {
            const QString detail = db->errorMessage();
            close(std::move(*db));
            return damaged(info.absoluteFilePath(), Damage::Unreadable, detail, !readOnly);
        }
        if (!appId)
            return makeError(StoreText::tr("%1 is not a Marginalia project (%2).").arg(path, appId.error()));
        return makeError(StoreText::tr("%1 cannot be read: %2").arg(path, tables.error()));
    }
    const bool empty = *appId == 0 && *version == 0 && *tables == 0;
    if (!empty && *appId != ApplicationId)
        return makeError(
            StoreText::tr("%1 is a SQLite database of another application, not a Marginalia project.").arg(path));
    if (*version > SchemaVersion)
        return makeError(
            StoreText::tr("%1 was written by a newer version of Marginalia (schema %2; this version reads up to %3). "
                          "It was not modified.")
                .arg(path)
                .arg(*version)
                .arg(SchemaVersion));
    // Marginalia makes no trigger and no view: a project that has one was
    // crafted or changed by another tool, and that SQL would run on every
    // edit (trusted_schema=OFF and defensive mode limit what it could call;
    // this refuses it altogether).
    auto unexpected =
        db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')"));
    if (!unexpected || *unexpected > 0)
        return makeError(StoreText::tr("%1 contains triggers or views that Marginalia does not make: it was not "
                                       "opened, and not modified.")
                             .arg(path));

    if (readOnly) {
        if (*version < SchemaVersion)
            return makeError(
                StoreText::tr("%1 needs an upgrade to this version's format; open it once for writing.").arg(path));
        std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), info.absoluteFilePath()));
        store->m_readOnly = true;
        if (Status s = store->m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;")); !s)
            return makeError(StoreText::tr("Cannot configure %1: %2").arg(path, s.error()));
        return store;
    }

    // Left open by a process that did not close it: check every page.
    if (!empty && openFlag(*db) == u"1") {
        auto check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        Result<bool> row = check ? check->step() : Result<bool>(makeError(check.error()));
        const bool ok = row && *row && check->text(0) == u"ok";
        if (!ok) {
            check = makeError(QString()); // the statement goes before its connection
            close(std::move(*db));
            return damaged(info.absoluteFilePath(), Damage::FailsIntegrityCheck, {}, true);
        }
    }

    const QString absolute = info.absoluteFilePath();
    if (!empty && *version < SchemaVersion) {
        // A migration is the moment a bug would cost the most: keep a copy.
        auto backup = ProjectBackups::create(*db, absolute, QStringLiteral("before-schema-%1").arg(SchemaVersion));
        if (!backup)
            return makeError(
                StoreText::tr("Cannot upgrade the project %1: %2. It was left as it was.").arg(path, backup.error()));
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), absolute));
    if (Status s = store->configure(); !s)
        return makeError(StoreText::tr("Cannot configure %1: %2").arg(path, s.error()));
    if (empty) {
        if (Status s = store->setApplicationId(); !s)
            return makeError(StoreText::tr("Cannot create the project %1: %2").arg(path, s.error()));
    }
    if (Status s = store->migrate(int(*version)); !s)
        return makeError(
            StoreText::tr("Cannot upgrade the project %1: %2. It was left as it was.").arg(path, s.error()));
    (void)store->setSetting(OpenKey, QStringLiteral("1"));
    return store;
}

bool ProjectStore::isWritable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true; // whether it can be made is for the opening to say
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

ProjectStore::~ProjectStore()
{
    // A clean close: the next open needs no integrity check.
    if (!m_readOnly)
        (void)setSetting(OpenKey, QStringLiteral("0"));
}

Result<QString> ProjectStore::backupIfDue()
{
    if (m_readOnly)
        return QString();
    const QStringList backups = ProjectBackups::list(m_path);
    if (!backups.isEmpty()
        && QFileInfo(backups.constFirst()).lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return QString();
    return ProjectBackups::create(m_db, m_path, QStringLiteral("daily"));
}

Status ProjectStore::saveCopyTo(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return makeError(StoreText::tr("%1 is this project's own file.").arg(path));
    if (Status s = ProjectBackups::writeCopy(m_db, path); !s)
        return makeError(StoreText::tr("Cannot save a copy to %1: %2").arg(path, s.error()));
    return {};
}

Status ProjectStore::configure()
{
    // WAL keeps readers and the writer apart; FULL makes every acknowledged
    // edit survive a power cut, which human-paced edits can afford.
    auto mode = m_db.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return makeError(mode.error());
    if (auto row = mode->step(); !row)
        return makeError(row.error());
    return m_db.exec(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;"));
}

Status ProjectStore::setApplicationId()
{
    return m_db.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
}

Status ProjectStore::migrate(int fromVersion)
{
    Q_ASSERT(ProjectSchema::version() == SchemaVersion);
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status();
        if (Status s = m_db.exec(QString::fromUtf8(ProjectSchema::migrationTo(version))); !s)
            return s;
        if (fromVersion == 0 && version == SchemaVersion) {
            if (Status s = m_db.exec(QString::fromUtf8(ProjectSchema::newProjectDefaults())); !s)
                return s;
        }
        if (Status s = m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace Marginalia
