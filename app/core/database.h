#pragma once
// Thin RAII wrappers over the SQLite C API: Database owns a sqlite3
// connection, Statement a prepared statement, Transaction a BEGIN IMMEDIATE
// that rolls back unless committed. Errors come back as Result/Status with
// SQLite's own message.

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Marginalia {

// A prepared statement kept by a Database for reuse (see Database::prepare).
struct CachedStatement {
    sqlite3_stmt *stmt = nullptr;
    bool inUse = false;
    bool cacheAlive = true; // false once the cache is gone: finalize on release
};

class Statement final
{
public:
    Statement() = default;
    // Owns `stmt` (finalized at the end), or borrows it from the cache
    // (reset and unbound at the end, for the next prepare of that SQL).
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::shared_ptr<CachedStatement> cached = {});
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);

    // Runs one step: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion, discarding rows.
    Status run();
    // Steps through every row, handing each to `f` (called as f(const Statement &)).
    template<typename F>
    Status forEach(F &&f)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return makeError(row.error());
            if (!*row)
                return {};
            f(static_cast<const Statement &>(*this));
        }
    }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    struct Finalizer {
        std::shared_ptr<CachedStatement> cached;
        void operator()(sqlite3_stmt *stmt) const;
    };
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    Status m_bindStatus;
};

class Database final
{
public:
    // ReadOnlyImmutable reads a file that nothing can change, such as one in
    // a read-only folder, where SQLite could not make the WAL index it needs
    // to read a WAL project otherwise.
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly, ReadOnlyImmutable };

    static Result<Database> open(const QString &path, Mode mode);

    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;
    ~Database();

    // Prepares `sql`, or reuses the statement prepared for the same text
    // earlier (parsing costs more than running the small statements of an
    // edit). A statement still in use is not shared: a second one is made.
    Result<Statement> prepare(const QString &sql);
    // Runs one or more statements without results.
    Status exec(const QString &sql);
    // The first column of the first row of a query returning an integer.
    Result<qint64> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    // Copies the database, page by page, into a new file at `path` with
    // SQLite's online backup API. Unlike VACUUM INTO it only reads this
    // connection, so it works when the connection refuses writes.
    Status copyTo(const QString &path);
    QString errorMessage() const;
    // Whether the last failure was SQLite finding the file damaged or not a
    // database at all (SQLITE_CORRUPT, SQLITE_NOTADB).
    bool lastErrorIsDamage() const;
    // Whether SQLite opened the file for reading only, because the file
    // cannot be written.
    bool isReadOnly() const;
    sqlite3 *handle() const { return m_db.get(); }

private:
    Database() = default;
    struct Closer {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    // Declared after m_db: destroyed (its statements finalized) first.
    struct StatementCache;
    std::unique_ptr<StatementCache> m_cache;
};

class Transaction final
{
public:
    // Starts BEGIN IMMEDIATE, or a savepoint inside a transaction already
    // open (so that a store function can be part of a larger change);
    // check status() before using it. Rolled back unless committed.
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace Marginalia
