#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace Marginalia {

namespace {

Error sqliteError(sqlite3 *db, const QString &context)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    return makeError(context.isEmpty() ? detail : context + QStringLiteral(": ") + detail);
}

} // namespace

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    if (cached && cached->cacheAlive) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        cached->inUse = false;
        return;
    }
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, std::shared_ptr<CachedStatement> cached)
    : m_db(db)
    , m_stmt(stmt, Finalizer{std::move(cached)})
{
}

struct Database::StatementCache {
    // Statements built with .arg() would grow it without end: a bound.
    static constexpr int MaxEntries = 256;
    std::unordered_map<std::string, std::shared_ptr<CachedStatement>> entries;

    ~StatementCache()
    {
        for (auto &[sql, entry] : entries) {
            if (entry->inUse)
                entry->cacheAlive = false; // its Statement finalizes it
            else
                sqlite3_finalize(entry->stmt);
        }
    }
};

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt.get(), index, value) != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = sqliteError(m_db, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK
        && m_bindStatus.ok())
        m_bindStatus = sqliteError(m_db, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt.get(), index) != SQLITE_OK && m_bindStatus.ok())
        m_bindStatus = sqliteError(m_db, QStringLiteral("bind"));
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_bindStatus)
        return makeError(m_bindStatus.error());
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, {});
}

Status Statement::run()
{
    return forEach([](const Statement &) {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_bindStatus = {};
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

void Database::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Status Database::copyTo(const QString &path)
{
    auto target = open(path, Mode::ReadWriteCreate);
    if (!target)
        return makeError(target.error());
    sqlite3_backup *backup = sqlite3_backup_init(target->m_db.get(), "main", m_db.get(), "main");
    if (!backup)
        return sqliteError(target->m_db.get(), QCoreApplication::translate("Database", "Cannot copy to %1").arg(path));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(target->m_db.get(), QCoreApplication::translate("Database", "Cannot copy to %1").arg(path));
    return {};
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    // A URI, percent-encoded, so that no character of the path can add a
    // parameter of its own.
    const QByteArray name = mode == Mode::ReadOnlyImmutable
        ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1"
        : QFile::encodeName(path);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Database db;
    db.m_db.reset(raw);
    if (rc != SQLITE_OK)
        return sqliteError(raw, QCoreApplication::translate("Database", "Cannot open %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);
    // A crafted project file must not be able to run code through triggers,
    // views or writable_schema tricks.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_busy_timeout(raw, 2000);
    return db;
}

bool Database::lastErrorIsDamage() const
{
    const int code = sqlite3_errcode(m_db.get()) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&other) noexcept
{
    m_cache.reset(); // finalized while their connection is still open
    m_db = std::move(other.m_db);
    m_cache = std::move(other.m_cache);
    return *this;
}

Database::~Database()
{
    m_cache.reset();
}

Result<Statement> Database::prepare(const QString &sql)
{
    std::string utf8 = sql.toStdString();
    if (!m_cache)
        m_cache = std::make_unique<StatementCache>();
    auto it = m_cache->entries.find(utf8);
    if (it != m_cache->entries.end() && !it->second->inUse) {
        it->second->inUse = true;
        return Statement(m_db.get(), it->second->stmt, it->second);
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), utf8.data(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return sqliteError(m_db.get(), {});
    if (it != m_cache->entries.end() || m_cache->entries.size() >= StatementCache::MaxEntries || !stmt)
        return Statement(m_db.get(), stmt); // owned: finalized after use
    auto entry = std::make_shared<CachedStatement>(CachedStatement{stmt, true, true});
    m_cache->entries.emplace(std::move(utf8), entry);
    return Statement(m_db.get(), stmt, std::move(entry));
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db.get()));
        sqlite3_free(message);
        return makeError(text);
    }
    return {};
}

Result<qint64> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    return *row ? stmt->int64(0) : qint64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

QString Database::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db.get()));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_status = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested)
        (void)m_db.exec(QStringLiteral("ROLLBACK TO nested; RELEASE nested"));
    else
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(makeError(QStringLiteral("transaction already finished"))) : m_status;
    Status status = m_db.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    if (status.ok())
        m_open = false;
    return status;
}

} // namespace Marginalia
