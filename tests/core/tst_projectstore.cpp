// The project file: created with the right pragmas, reopened with what was
// saved, and foreign or newer files refused without being touched.

#include "articleloader.h"
#include "database.h"
#include "projectbackups.h"
#include "projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Marginalia;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL through a separate, plain connection (not the store's).
qint64 rawScalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QString rawText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAProjectWithItsIdentity()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            auto labels = (*store)->labels();
            QVERIFY(labels.ok());
            // The default schema: seven entity types, claims, MT errors, highlights.
            QStringList names;
            for (const Label &l : std::as_const(*labels))
                names << l.name;
            QCOMPARE(names,
                     (QStringList{QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Location"),
                                  QStringLiteral("Claim"), QStringLiteral("Event"), QStringLiteral("Date"),
                                  QStringLiteral("Quantity"), QStringLiteral("Other"), QStringLiteral("MT error"),
                                  QStringLiteral("Highlight")}));
            QCOMPARE(labels->at(0).hotkey, QStringLiteral("1"));
            QCOMPARE(labels->at(3).kind, LabelKind::Claim);
            QCOMPARE(labels->at(8).kind, LabelKind::MtError);
            QCOMPARE(labels->at(9).kind, LabelKind::Highlight);
        }
        QCOMPARE(rawScalar(path, "PRAGMA application_id"), qint64(ProjectStore::ApplicationId));
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), qint64(ProjectStore::SchemaVersion));
        // WAL is persistent in the file header (read/write versions 2).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void keepsArticlesAndAnnotationsAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.marginalia"));
        auto article = ArticleLoader::loadFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"));
        QVERIFY(article.ok());
        qint64 articleId = 0;
        qint64 annotationId = 0;
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            auto id = (*store)->importArticle(*article);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            articleId = *id;
            // The same text is the same article.
            auto again = (*store)->importArticle(*article);
            QVERIFY(again.ok());
            QCOMPARE(*again, articleId);
            Annotation a;
            a.articleId = articleId;
            a.labelId = 1;
            a.start = 3;
            a.end = 10;
            a.quote = QStringLiteral("ministr");
            auto aid = (*store)->insertAnnotation(a);
            QVERIFY2(aid.ok(), qPrintable(aid.error()));
            annotationId = *aid;
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store.ok());
        auto stored = (*store)->article(articleId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->text, article->text);
        QCOMPARE(stored->sha256, article->sha256());
        QCOMPARE(stored->documentId, QStringLiteral("fr-07"));
        QCOMPARE(stored->bodyLength, article->bodyLength);
        auto annotations = (*store)->annotations(articleId);
        QVERIFY(annotations.ok());
        QCOMPARE(annotations->size(), 1);
        QCOMPARE(annotations->first().id, annotationId);
        QCOMPARE(annotations->first().start, 3);
        QCOMPARE(annotations->first().end, 10);
        QVERIFY(annotations->first().created.isValid());
    }

    void constraintsRejectBadSpansAndDanglingLabels()
    {
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("constraints.marginalia")));
        QVERIFY(store.ok());
        Article article;
        article.text = QStringLiteral("Un texte.");
        article.bodyLength = 9;
        auto articleId = (*store)->importArticle(article);
        QVERIFY(articleId.ok());
        Annotation reversed;
        reversed.articleId = *articleId;
        reversed.labelId = 1;
        reversed.start = 5;
        reversed.end = 2;
        QVERIFY(!(*store)->insertAnnotation(reversed).ok());
        Annotation noLabel = reversed;
        noLabel.start = 0;
        noLabel.labelId = 999; // foreign_keys=ON
        QVERIFY(!(*store)->insertAnnotation(noLabel).ok());
    }

    void migratesAVersion1ProjectKeepingItsWork()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.marginalia"));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/project-v1.marginalia"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), 1);
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            auto annotations = (*store)->annotations(1);
            QVERIFY(annotations.ok());
            QCOMPARE(annotations->size(), 1);
            QCOMPARE(annotations->first().quote, QStringLiteral("Petrenko"));
            // Version 2's tables work.
            QVERIFY((*store)->addDictionaryWord(QStringLiteral("Petrenko")).ok());
            QVERIFY((*store)
                        ->addIgnoredFinding(1, {QStringLiteral("unknown-name"), 15, 23, QStringLiteral("Petrenko")})
                        .ok());
        }
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), qint64(ProjectStore::SchemaVersion));
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM dictionary_word"), 1);
        QCOMPARE(rawText(path, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // A version 2 file (checked in, written by the build before schema 3)
    // keeps every annotation, its dictionary and its ignored finding, and
    // gains the new tables in one step.
    void migratesAVersion2ProjectKeepingItsWork()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.marginalia"));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/project-v2.marginalia"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), 2);
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            auto annotations = (*store)->annotations(1);
            QVERIFY(annotations.ok());
            QCOMPARE(annotations->size(), 4);
            QStringList quotes;
            for (const Annotation &a : std::as_const(*annotations))
                quotes << a.quote;
            QCOMPARE(quotes,
                     (QStringList{QStringLiteral("Petrenko"), QStringLiteral("Kyiv"),
                                  QStringLiteral("« Nous tiendrons »"), QStringLiteral("Petrenko")}));
            QCOMPARE(annotations->first().entityId, 0);
            QVERIFY(!annotations->first().orphan);
            auto ignored = (*store)->ignoredFindings(1);
            QVERIFY(ignored.ok());
            QCOMPARE(ignored->size(), 1);
            QCOMPARE(ignored->first().text, QStringLiteral("Petrenko"));
            QCOMPARE(*(*store)->dictionaryWords(), QSet<QString>{QStringLiteral("Petrenko")});
            auto article = (*store)->article(1);
            QVERIFY(article.ok());
            QCOMPARE(article->status, ArticleStatus::ToDo);
            QCOMPARE(article->metadata, QStringLiteral("{}"));
            // Version 3's tables work.
            auto entity =
                (*store)->putEntity({0, QStringLiteral("Petrenko"), 1, {QStringLiteral("Petrenco")}, {}, {}, {}, {}});
            QVERIFY2(entity.ok(), qPrintable(entity.error()));
            QVERIFY((*store)->setArticleStatus(1, ArticleStatus::Done).ok());
            QVERIFY(!(*store)->setArticleMetadata(1, QStringLiteral("[1, 2]")).ok()); // not an object
            QVERIFY((*store)->setArticleMetadata(1, QStringLiteral("{\"outlet\": \"Le Monde\"}")).ok());
        }
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), qint64(ProjectStore::SchemaVersion));
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM finding_status WHERE status = 'ignored'"), 1);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'ignored_finding'"), 0);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM label"), 10);
        QCOMPARE(rawText(path, "SELECT status FROM article"), QStringLiteral("done"));
        QCOMPARE(rawText(path, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(rawText(path, "PRAGMA foreign_key_check"), QString());
    }

    // The schema's own checks refuse what the model does not allow.
    void theSchemaRefusesInvalidRecords()
    {
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("checks.marginalia")));
        QVERIFY(store.ok());
        QVERIFY(!(*store)->putEntity({0, QStringLiteral("X"), 1, {}, QStringLiteral("X12"), {}, {}, {}}).ok());
        QVERIFY(!(*store)->putEntity({0, QString(), 1, {}, {}, {}, {}, {}}).ok());
        QVERIFY(!(*store)->putNote({0, 0, 0, QStringLiteral("nowhere"), {}, {}, {}}).ok());
        // A label in use stays; an unused one can go.
        Article article;
        article.text = QStringLiteral("Titre\n\nPetrenko parle.\n");
        article.bodyLength = article.text.size();
        auto articleId = (*store)->importArticle(article);
        QVERIFY(articleId.ok());
        Annotation a;
        a.articleId = *articleId;
        a.labelId = 1;
        a.start = 7;
        a.end = 15;
        a.quote = QStringLiteral("Petrenko");
        QVERIFY((*store)->insertAnnotation(a).ok());
        const Status inUse = (*store)->deleteLabel(1);
        QVERIFY(!inUse.ok());
        QVERIFY2(inUse.error().contains(QStringLiteral("still used")), qPrintable(inUse.error()));
        QVERIFY((*store)->deleteLabel(10).ok()); // Highlight, unused
        QCOMPARE((*store)->labels()->size(), 9);
    }

    void theMigrationKeepsACheckedBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2-backup.marginalia"));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/project-v2.marginalia"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        const QStringList backups = ProjectBackups::list(path);
        QCOMPARE(backups.size(), 1);
        const QString suffix = QStringLiteral("-before-schema-%1.marginalia").arg(ProjectStore::SchemaVersion);
        QVERIFY2(backups.first().endsWith(suffix), qPrintable(backups.first()));
        // The backup is the file as it was: schema 2, the same four annotations.
        QCOMPARE(rawScalar(backups.first(), "PRAGMA user_version"), 2);
        QCOMPARE(rawScalar(backups.first(), "SELECT count(*) FROM annotation"), 4);
        QCOMPARE(rawText(backups.first(), "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Closed cleanly: no check. Left open (a crash) but intact: it opens.
    // Left open and damaged: moved aside with a message naming the newest
    // backup, which restores the work.
    void aDamagedFileIsMovedAsideAndTheBackupRestored()
    {
        const QString path = m_dir.filePath(QStringLiteral("crashed.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            Article article;
            article.text = QStringLiteral("Titre\n\n") + QString(20000, u'x') + QStringLiteral("\n");
            article.bodyLength = article.text.size();
            QVERIFY((*store)->importArticle(article).ok());
            auto backup = (*store)->backupIfDue();
            QVERIFY2(backup.ok() && !backup->isEmpty(), qPrintable(backup.error()));
            auto second = (*store)->backupIfDue();
            QVERIFY(second.ok() && second->isEmpty()); // one a day
        }
        QCOMPARE(rawText(path, "SELECT value FROM meta WHERE key = 'open'"), QStringLiteral("0"));
        const auto setOpenFlag = [&path] {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            sqlite3_exec(db, "UPDATE meta SET value = '1' WHERE key = 'open'; PRAGMA wal_checkpoint(TRUNCATE);",
                         nullptr, nullptr, nullptr);
            sqlite3_close(db);
        };
        setOpenFlag();
        QVERIFY(ProjectStore::open(path).ok()); // a crash, but the file is intact
        setOpenFlag();
        {
            // Damage every page after the header page, as a bad disk would.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 16384);
            f.seek(4096);
            f.write(QByteArray(f.size() - 4096, '\xAB'));
        }
        auto damaged = ProjectStore::open(path);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains(QStringLiteral("damaged")), qPrintable(damaged.error()));
        const QStringList backups = ProjectBackups::list(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(damaged.error().contains(backups.first()), qPrintable(damaged.error()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("crashed.marginalia.damaged-*")}).size(), 1);
        QVERIFY(ProjectBackups::restore(backups.first(), path).ok());
        auto restored = ProjectStore::open(path);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE((*restored)->articles()->size(), 1);
    }

    // A project file cut short (a copy interrupted, a full disk during a
    // sync tool's write, a bad transfer) is damaged, not foreign: it goes
    // aside byte for byte and the newest backup is named. An emptied file
    // with backups is the same case; without backups an empty file is a
    // new project, and a header too short to say whose it is stays as it is.
    void aProjectCutShortIsMovedAsideAndItsBackupNamed_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: cut that many from the end
        QTest::addColumn<bool>("withBackup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emptied, with a backup") << 0 << true << QStringLiteral("the file is empty, but it has backups");
        QTest::newRow("first page only") << 4096 << false << QStringLiteral("SQLite cannot read it");
        QTest::newRow("half, at a page boundary") << -2 << false << QStringLiteral("SQLite cannot read it");
        QTest::newRow("the last page lost") << -4096 << false << QStringLiteral("SQLite cannot read it");
        QTest::newRow("the last 100 bytes lost") << -100 << false << QStringLiteral("the file was cut short");
        QTest::newRow("one byte lost, with a backup") << -1 << true << QStringLiteral("the file was cut short");
        QTest::newRow("50 bytes left, with a backup") << 50 << true << QStringLiteral("SQLite cannot read it");
    }

    void aProjectCutShortIsMovedAsideAndItsBackupNamed()
    {
        QFETCH(int, keep);
        QFETCH(bool, withBackup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cut.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            for (int i = 0; i < 8; ++i) { // several pages of text
                Article article;
                article.documentId = QStringLiteral("doc-%1").arg(i);
                article.text =
                    QStringLiteral("Titre %1\n\n").arg(i) + QString(6000, QChar(u'a' + i)) + QStringLiteral("\n");
                article.bodyLength = article.text.size();
                QVERIFY((*store)->importArticle(article).ok());
            }
            if (withBackup)
                QVERIFY((*store)->backupIfDue().ok());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const qint64 size = QFileInfo(path).size();
        QCOMPARE(size % 4096, 0);
        QVERIFY(size >= 8 * 4096);
        const qint64 kept = keep == -2 ? size / 2 / 4096 * 4096 : keep < 0 ? size + keep : keep;
        QVERIFY(QFile::resize(path, kept));
        const QByteArray cut = fileHash(path);

        auto opened = ProjectStore::open(path);
        QVERIFY(!opened.ok());
        const QString message = opened.error();
        QVERIFY2(message.contains(QStringLiteral("is damaged")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        // Moved aside, never deleted or changed.
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("cut.marginalia.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(message.contains(aside.first()), qPrintable(message));
        QCOMPARE(fileHash(dir.filePath(aside.first())), cut);
        QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), kept);
        const QStringList backups = ProjectBackups::list(path);
        if (!withBackup) {
            QVERIFY2(message.contains(QStringLiteral("There is no backup of it.")), qPrintable(message));
            return;
        }
        QCOMPARE(backups.size(), 1);
        QVERIFY2(message.contains(backups.first()), qPrintable(message));
        QVERIFY(ProjectBackups::restore(backups.first(), path).ok());
        auto restored = ProjectStore::open(path);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE((*restored)->articles()->size(), 8);
    }

    void aProjectCutShortIsNotMovedByAReadOnlyOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("view.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            Article article;
            article.text = QStringLiteral("Titre\n\n") + QString(20000, u'x') + QStringLiteral("\n");
            article.bodyLength = article.text.size();
            QVERIFY((*store)->importArticle(article).ok());
        }
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 10));
        const QByteArray cut = fileHash(path);
        auto view = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(!view.ok());
        QVERIFY2(view.error().contains(QStringLiteral("the file was cut short")), qPrintable(view.error()));
        QVERIFY2(!view.error().contains(QStringLiteral("moved")), qPrintable(view.error()));
        QCOMPARE(fileHash(path), cut);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    // Without backups an empty file is simply a new project, and a header
    // too short to say whose file it was is refused and left alone.
    void anEmptyOrHeaderlessFileWithoutBackups()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString empty = dir.filePath(QStringLiteral("empty.marginalia"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        {
            auto store = ProjectStore::open(empty);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE((*store)->articles()->size(), 0);
        }
        QCOMPARE(rawScalar(empty, "PRAGMA application_id"), qint64(ProjectStore::ApplicationId));

        const QString headerless = dir.filePath(QStringLiteral("headerless.marginalia"));
        QVERIFY(QFile::copy(empty, headerless));
        QVERIFY(QFile::resize(headerless, 50));
        const QByteArray before = fileHash(headerless);
        auto refused = ProjectStore::open(headerless);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be read")), qPrintable(refused.error()));
        QCOMPARE(fileHash(headerless), before);
    }

    void backupsAreKeptOnARotation()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotation.marginalia"));
        auto store = ProjectStore::open(path);
        QVERIFY(store.ok());
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        for (int i = 0; i < ProjectBackups::Kept + 3; ++i) {
            auto backup = ProjectBackups::create(*db, path, QStringLiteral("test-%1").arg(i));
            QVERIFY2(backup.ok(), qPrintable(backup.error()));
            QTest::qWait(2); // distinct time stamps
        }
        const QStringList kept = ProjectBackups::list(path);
        QCOMPARE(kept.size(), ProjectBackups::Kept);
        QVERIFY2(kept.first().endsWith(QStringLiteral("-test-%1.marginalia").arg(ProjectBackups::Kept + 2)),
                 qPrintable(kept.first()));
        QVERIFY(QDir(ProjectBackups::directoryFor(path)).entryList({QStringLiteral("*.part")}).isEmpty());
    }

    // Prepared statements are reused by SQL text: a statement in use is not
    // handed out again (a nested query of the same text gets its own), and a
    // reused one starts unbound and from its first row.
    void preparedStatementsAreReusedSafely()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("statements.db")), Database::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3);")).ok());
        const QString sql = QStringLiteral("SELECT v FROM t WHERE v >= ?1 ORDER BY v");
        {
            auto outer = db->prepare(sql);
            QVERIFY(outer.ok());
            outer->bind(1, 2);
            QCOMPARE(*outer->step(), true);
            QCOMPARE(outer->int64(0), 2);
            {
                auto inner = db->prepare(sql); // while the outer one is on its first row
                QVERIFY(inner.ok());
                inner->bind(1, 1);
                QCOMPARE(*inner->step(), true);
                QCOMPARE(inner->int64(0), 1);
            }
            QCOMPARE(*outer->step(), true);
            QCOMPARE(outer->int64(0), 3); // undisturbed
        }
        auto again = db->prepare(sql);
        QVERIFY(again.ok());
        QCOMPARE(*again->step(), false); // ?1 unbound is NULL: no row, not a leftover 2
        again->reset();
        again->bind(1, 3);
        QCOMPARE(*again->step(), true);
        QCOMPARE(again->int64(0), 3);
        // Only the cached statement lives on: the nested one was finalized.
        int live = 0;
        for (sqlite3_stmt *st = sqlite3_next_stmt(db->handle(), nullptr); st; st = sqlite3_next_stmt(db->handle(), st))
            ++live;
        QCOMPARE(live, 1);
    }

    void keepsTheProjectDictionaryAndIgnoredFindings()
    {
        const QString path = m_dir.filePath(QStringLiteral("dictionary.marginalia"));
        qint64 articleId = 0;
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            Article article;
            article.text = QStringLiteral("Titre\n\nPetrenko parle.\n");
            article.bodyLength = article.text.size();
            auto id = (*store)->importArticle(article);
            QVERIFY(id.ok());
            articleId = *id;
            QVERIFY((*store)->addDictionaryWord(QStringLiteral("Petrenko")).ok());
            QVERIFY((*store)->addDictionaryWord(QStringLiteral("Petrenko")).ok()); // twice is once
            QVERIFY((*store)->addDictionaryWord(QStringLiteral("Kyiv")).ok());
            QVERIFY((*store)->removeDictionaryWord(QStringLiteral("Kyiv")).ok());
            QVERIFY((*store)
                        ->addIgnoredFinding(
                            articleId, {QStringLiteral("spelling.unknown-word"), 7, 15, QStringLiteral("Petrenko")})
                        .ok());
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store.ok());
        auto words = (*store)->dictionaryWords();
        QVERIFY(words.ok());
        QCOMPARE(*words, QSet<QString>{QStringLiteral("Petrenko")});
        auto ignored = (*store)->ignoredFindings(articleId);
        QVERIFY(ignored.ok());
        QCOMPARE(ignored->size(), 1);
        QCOMPARE(ignored->first().rule, QStringLiteral("spelling.unknown-word"));
        QCOMPARE(ignored->first().start, 7);
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.marginalia"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("not a Marginalia project")), qPrintable(store.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAForeignDatabaseUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1); PRAGMA application_id=1234;");
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("another application")), qPrintable(store.error()));
        QCOMPARE(fileHash(path), before);
    }

    // A project file with SQL of its own (a trigger that would run on every
    // tag, a view) is refused, read-write or read-only, and left as it was.
    void refusesAProjectWithTriggersOrViewsUntouched_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("trigger") << QByteArray("CREATE TRIGGER spy AFTER INSERT ON annotation BEGIN "
                                               "UPDATE article SET title = 'changed'; END;");
        QTest::newRow("view") << QByteArray("CREATE VIEW everything AS SELECT * FROM annotation;");
    }

    void refusesAProjectWithTriggersOrViewsUntouched()
    {
        QFETCH(QByteArray, sql);
        const QString path =
            m_dir.filePath(QStringLiteral("crafted-%1.marginalia").arg(QLatin1String(QTest::currentDataTag())));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
        }
        rawExec(path, QByteArray("PRAGMA journal_mode=DELETE; " + sql).constData());
        const QByteArray before = fileHash(path);
        for (auto access : {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
            auto store = ProjectStore::open(path, access);
            QVERIFY(!store.ok());
            QVERIFY2(store.error().contains(QStringLiteral("triggers or views")), qPrintable(store.error()));
            QCOMPARE(fileHash(path), before);
        }
    }

    // Every connection Marginalia opens is in SQLite's defensive mode and
    // does not trust the schema: a crafted file cannot have its schema
    // rewritten through writable_schema, nor run functions from it.
    void connectionsAreDefensiveAndDistrustTheSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("defensive.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
        }
        const QByteArray before = fileHash(path);
        for (const auto mode :
             {Database::Mode::ReadWrite, Database::Mode::ReadOnly, Database::Mode::ReadOnlyImmutable}) {
            auto db = Database::open(path, mode);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            int defensive = -1;
            QCOMPARE(sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive), SQLITE_OK);
            QCOMPARE(defensive, 1);
            int trusted = -1;
            QCOMPARE(sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted), SQLITE_OK);
            QCOMPARE(trusted, 0);
            QCOMPARE(*db->scalar(QStringLiteral("PRAGMA trusted_schema")), 0);
        }
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        const Status rewrite = db->exec(QStringLiteral(
            "PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = 'CREATE TABLE meta(x)' WHERE name = 'meta'"));
        QVERIFY(!rewrite.ok());
        QVERIFY2(rewrite.error().contains(QStringLiteral("may not be modified")), qPrintable(rewrite.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerSchemaUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.marginalia"));
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
        }
        rawExec(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;");
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("newer version")), qPrintable(store.error()));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
