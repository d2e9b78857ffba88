// Crash consistency, proven on the real file: writers are killed with SIGKILL
// at random moments (in the middle of transactions, of a WAL write, of a
// checkpoint, of opening) and the project must then pass SQLite's integrity
// check and hold everything that was acknowledged.
//
// marginalia-crashwriter tags spans through Annotator and prints one "ack"
// line per committed tag; the same project file is killed and reopened
// again and again, so each start recovers a file left by a killed writer.
// marginalia-cli is killed while importing a large article: the article is
// in the project whole or not at all.
//
// The random moments come from a fixed seed (MARGINALIA_CRASH_SEED
// overrides it) and the seed is printed: a run repeats the same waits and
// spans, though where a kill lands also depends on the machine's speed.
// SIGKILL leaves the kernel's page cache intact, so these tests prove
// atomicity and recovery after a process crash, not survival of a power cut
// (that is what synchronous=FULL is for, and no test here can tell it off).

#include "articleloader.h"
#include "projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Marginalia;

namespace {

// A French news paragraph with what makes code point offsets matter: a flag
// (two code points, four UTF-16 units), accents, typographic apostrophes.
const char *const Paragraph =
    "Le ministre 🇫🇷 a rencontré à Bruxelles les représentants de l’OTAN et de l’Union européenne. "
    "« Nous ne céderons pas », a déclaré Hélène Duvernoy devant la presse, avant de dénoncer la lenteur "
    "des décisions prises à Kyiv 🇺🇦 comme à Washington 🇺🇸. Les négociations reprendront jeudi.\n\n";

struct Ack {
    qint64 start = 0;
    qint64 end = 0;
    qint64 label = 0;
};

quint32 seed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("MARGINALIA_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 20261128u;
}

// A raw SQLite connection: the test reads the file without ProjectStore so
// that reading writes nothing (no "open" flag) and leaves the WAL as the
// killed writer left it (no checkpoint on close) for the next writer.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
            return;
        }
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    const QString &error() const { return m_error; }

    // Every row of `sql`, each column as text; sets error() on failure.
    QList<QStringList> rows(const char *sql)
    {
        QList<QStringList> result;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return result;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                             sqlite3_column_bytes(stmt, c)));
            result.append(row);
        }
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return result;
    }

    // PRAGMA integrity_check and foreign_key_check; empty when both pass.
    QString checkIntegrity()
    {
        const QList<QStringList> integrity = rows("PRAGMA integrity_check");
        if (!m_error.isEmpty())
            return QStringLiteral("integrity_check failed to run: %1").arg(m_error);
        if (integrity.size() != 1 || integrity.constFirst().value(0) != u"ok") {
            QStringList lines;
            for (const QStringList &row : integrity)
                lines.append(row.join(u' '));
            return QStringLiteral("integrity_check: %1").arg(lines.join(QStringLiteral("; ")));
        }
        const QList<QStringList> dangling = rows("PRAGMA foreign_key_check");
        if (!m_error.isEmpty())
            return QStringLiteral("foreign_key_check failed to run: %1").arg(m_error);
        if (!dangling.isEmpty())
            return QStringLiteral("foreign_key_check: %1 dangling references, first %2")
                .arg(dangling.size())
                .arg(dangling.constFirst().join(u' '));
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

// The complete "ack ID START END LABEL" lines of `output` (a line cut off by
// the kill was never acknowledged).
bool parseAcks(const QByteArray &output, QList<std::pair<qint64, Ack>> &acks, QString &error)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // after the last newline: empty, or a cut-off line
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> fields = line.split(' ');
        bool ok[4] = {};
        if (fields.size() == 5 && fields.at(0) == "ack") {
            const qint64 id = fields.at(1).toLongLong(&ok[0]);
            const Ack ack{fields.at(2).toLongLong(&ok[1]), fields.at(3).toLongLong(&ok[2]),
                          fields.at(4).toLongLong(&ok[3])};
            if (ok[0] && ok[1] && ok[2] && ok[3]) {
                acks.append({id, ack});
                continue;
            }
        }
        error = QStringLiteral("unexpected output line: %1").arg(QString::fromUtf8(line));
        return false;
    }
    return true;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    QString m_fixture; // the article the crash writer tags
    QString m_largeArticle; // the article the CLI imports

    QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_random.seed(seed());
        qInfo("seed %u (set MARGINALIA_CRASH_SEED to replay another)", seed());

        m_fixture = m_dir.filePath(QStringLiteral("fixture.txt"));
        QFile fixture(m_fixture);
        QVERIFY(fixture.open(QIODevice::WriteOnly));
        fixture.write("Bruxelles : l’OTAN face à l’hiver\n\n");
        for (int i = 0; i < 6; ++i)
            fixture.write(Paragraph);
        fixture.close();

        // Large enough that writing it (and checkpointing it at close) takes
        // a good part of the CLI's run: the kills land in the write.
        m_largeArticle = m_dir.filePath(QStringLiteral("large.txt"));
        QFile large(m_largeArticle);
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.write("Dossier : un an de négociations\n\n");
        for (int i = 0; large.size() < 4 * 1024 * 1024; ++i)
            large.write(QByteArray::number(i) + ". " + Paragraph);
        large.close();
    }

    // The same project is written by a crash writer that is killed with
    // SIGKILL at a random moment, 225 times: every file it leaves passes the
    // integrity check and holds every annotation it acknowledged, with the
    // acknowledged span and label. One start in nine is killed while it is
    // still starting (opening and recovering the file) instead.
    void acknowledgedAnnotationsSurviveSigkill()
    {
        constexpr int Iterations = 225;
        const QString project = m_dir.filePath(QStringLiteral("crash.marginalia"));
        QHash<qint64, Ack> acknowledged; // over all iterations
        int killedRunning = 0;
        int killedAfterAck = 0;
        int killedStarting = 0;
        qint64 startup = 0;
        qint64 checking = 0;
        QElapsedTimer clock;
        clock.start();

        for (int iteration = 0; iteration < Iterations; ++iteration) {
            // The first start imports the fixture: let it acknowledge.
            const bool early = iteration > 0 && iteration % 9 == 0;
            QProcess writer;
            writer.setProcessEnvironment(environment());
            writer.start(QStringLiteral(MARGINALIA_CRASHWRITER_PATH),
                         {project, m_fixture, QString::number(m_random.generate())});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QByteArray output;
            if (early) {
                writer.waitForFinished(m_random.bounded(0, 41));
            } else {
                QElapsedTimer waiting;
                waiting.start();
                while (!output.contains('\n') && writer.state() == QProcess::Running && waiting.elapsed() < 60000) {
                    writer.waitForReadyRead(1000);
                    output += writer.readAllStandardOutput();
                }
                QVERIFY2(output.contains('\n'),
                         qPrintable(QStringLiteral("iteration %1: no acknowledgement: %2")
                                        .arg(iteration)
                                        .arg(QString::fromUtf8(writer.readAllStandardError()))));
                startup += waiting.elapsed();
                // Drains stdout while it waits: the writer never blocks on a
                // full pipe.
                writer.waitForFinished(m_random.bounded(5, 151));
            }
            const bool running = writer.state() == QProcess::Running;
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            // The writer only stops when killed: anything else is a failure
            // it reported on stderr (a damaged file, a refused write).
            QVERIFY2(running && writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("iteration %1: the writer stopped by itself (exit code %2): %3")
                                    .arg(iteration)
                                    .arg(writer.exitCode())
                                    .arg(QString::fromUtf8(writer.readAllStandardError()))));
            ++killedRunning;
            ++(early ? killedStarting : killedAfterAck);

            QList<std::pair<qint64, Ack>> acks;
            QString error;
            QVERIFY2(parseAcks(output, acks, error), qPrintable(error));
            for (const auto &[id, ack] : std::as_const(acks)) {
                // An id handed out twice: the first annotation was lost and
                // its id reused.
                QVERIFY2(!acknowledged.contains(id),
                         qPrintable(
                             QStringLiteral("iteration %1: annotation %2 acknowledged twice").arg(iteration).arg(id)));
                acknowledged.insert(id, ack);
            }

            QVERIFY2(QFile::exists(project),
                     qPrintable(QStringLiteral("iteration %1: the project is gone (moved aside "
                                               "as damaged?)")
                                    .arg(iteration)));
            QElapsedTimer checkTimer;
            checkTimer.start();
            const auto countCheck = qScopeGuard([&] { checking += checkTimer.elapsed(); });
            RawDb db(project);
            QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
            const QString damage = db.checkIntegrity();
            QVERIFY2(damage.isEmpty(), qPrintable(QStringLiteral("iteration %1: %2").arg(iteration).arg(damage)));
            QHash<qint64, Ack> stored;
            for (const QStringList &row : db.rows("SELECT id, start, \"end\", label_id FROM annotation"))
                stored.insert(row.at(0).toLongLong(),
                              {row.at(1).toLongLong(), row.at(2).toLongLong(), row.at(3).toLongLong()});
            QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const auto found = stored.constFind(it.key());
                QVERIFY2(found != stored.cend(),
                         qPrintable(QStringLiteral("iteration %1: acknowledged annotation %2 "
                                                   "is not in the project")
                                        .arg(iteration)
                                        .arg(it.key())));
                QVERIFY2(found->start == it->start && found->end == it->end && found->label == it->label,
                         qPrintable(QStringLiteral("iteration %1: annotation %2 is %3–%4 (label %5), acknowledged "
                                                   "as %6–%7 (label %8)")
                                        .arg(iteration)
                                        .arg(it.key())
                                        .arg(found->start)
                                        .arg(found->end)
                                        .arg(found->label)
                                        .arg(it->start)
                                        .arg(it->end)
                                        .arg(it->label)));
            }
        }

        // Finally the app's own way in: ProjectStore sees the unclean close,
        // checks the file and opens it.
        auto store = ProjectStore::open(project);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto all = (*store)->allAnnotations();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QVERIFY(all->size() >= acknowledged.size());

        qInfo("%d iterations, %d kills while the writer ran (%d after an acknowledgement, %d while starting), "
              "%lld annotations acknowledged and found (%lld in the project), %.1f s (%.1f s waiting for the "
              "first acknowledgement, %.1f s checking)",
              Iterations, killedRunning, killedAfterAck, killedStarting, qint64(acknowledged.size()),
              qint64(all->size()), clock.elapsed() / 1000.0, startup / 1000.0, checking / 1000.0);
        QVERIFY(killedAfterAck >= 200);
        // Kills after the first acknowledgement wait 5 ms or more: most find
        // more acknowledgements; if none did, the writer was not writing.
        QVERIFY(acknowledged.size() > 2 * killedAfterAck);
    }

    // marginalia-cli import killed at random moments, 50 times, each on its
    // own project (every other one created by the killed import itself):
    // the project then passes the integrity check, opens, and holds the
    // large article whole or not at all.
    void interruptedImportIsAllOrNothing()
    {
        auto expected = ArticleLoader::loadFile(m_largeArticle);
        QVERIFY2(expected.ok(), qPrintable(expected.error()));
        const QString sha256 = expected->sha256();

        // A clean project to copy, and how long an uninterrupted import takes.
        const QString clean = m_dir.filePath(QStringLiteral("clean.marginalia"));
        {
            auto store = ProjectStore::open(clean);
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        const auto import = [&](QProcess &cli, const QString &project) {
            cli.setProcessEnvironment(environment());
            cli.start(QStringLiteral(MARGINALIA_CLI_PATH),
                      {QStringLiteral("import"), QStringLiteral("--project"), project, m_largeArticle});
        };
        int fullRun = 0;
        {
            const QString project = m_dir.filePath(QStringLiteral("timed.marginalia"));
            QElapsedTimer timer;
            timer.start();
            QProcess cli;
            import(cli, project);
            QVERIFY(cli.waitForFinished(60000));
            fullRun = int(timer.elapsed());
            QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                     qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        }

        constexpr int Iterations = 50;
        int killedRunning = 0;
        int whole = 0;
        int none = 0;
        QElapsedTimer clock;
        clock.start();
        for (int iteration = 0; iteration < Iterations; ++iteration) {
            const QString project = m_dir.filePath(QStringLiteral("import-%1.marginalia").arg(iteration));
            if (iteration % 2 == 0)
                QVERIFY(QFile::copy(clean, project));
            QProcess cli;
            import(cli, project);
            QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
            cli.waitForFinished(m_random.bounded(0, fullRun + 1));
            if (cli.state() == QProcess::Running) {
                ++killedRunning;
                cli.kill();
            }
            QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(60000));
            if (cli.exitStatus() == QProcess::NormalExit)
                QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));

            // Killed before the file was created: nothing to check.
            if (!QFile::exists(project)) {
                ++none;
                continue;
            }
            qint64 articles = 0;
            {
                RawDb db(project);
                QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
                const QString damage = db.checkIntegrity();
                QVERIFY2(damage.isEmpty(), qPrintable(QStringLiteral("iteration %1: %2").arg(iteration).arg(damage)));
                const bool hasTable = !db.rows("SELECT 1 FROM sqlite_schema WHERE name = 'article'").isEmpty();
                QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
                if (hasTable) {
                    const QList<QStringList> rows = db.rows("SELECT sha256, text, body_length FROM article");
                    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
                    QVERIFY2(rows.size() <= 1,
                             qPrintable(QStringLiteral("iteration %1: %2 articles").arg(iteration).arg(rows.size())));
                    if (rows.size() == 1) {
                        QCOMPARE(rows.constFirst().at(0), sha256);
                        QVERIFY2(rows.constFirst().at(1) == expected->text,
                                 qPrintable(QStringLiteral("iteration %1: the stored text has %2 of %3 characters")
                                                .arg(iteration)
                                                .arg(rows.constFirst().at(1).size())
                                                .arg(expected->text.size())));
                        QCOMPARE(rows.constFirst().at(2).toLongLong(), expected->bodyLength);
                    }
                    articles = rows.size();
                }
            }
            // And the app opens it (an interrupted creation included) and
            // sees the same.
            auto store = ProjectStore::open(project);
            QVERIFY2(store.ok(), qPrintable(QStringLiteral("iteration %1: %2").arg(iteration).arg(store.error())));
            auto stored = (*store)->articles();
            QVERIFY2(stored.ok(), qPrintable(stored.error()));
            QCOMPARE(stored->size(), articles);
            ++(articles == 1 ? whole : none);
            store->reset();
            QFile::remove(project); // the disk space
            QFile::remove(project + QStringLiteral("-wal"));
            QFile::remove(project + QStringLiteral("-shm"));
        }
        qInfo("import of %lld MB (%d ms uninterrupted): %d runs, %d killed while running, %d hold the article, "
              "%d hold none of it, %.1f s",
              qint64(QFileInfo(m_largeArticle).size() / (1024 * 1024)), fullRun, Iterations, killedRunning, whole, none,
              clock.elapsed() / 1000.0);
        QVERIFY(killedRunning >= Iterations / 2);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
