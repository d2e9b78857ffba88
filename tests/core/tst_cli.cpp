// marginalia-cli as a user runs it: the real binary, its JSON, its exit codes.

#include "annotator.h"
#include "articleloader.h"
#include "projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        // The messages checked here are the English ones, whatever the
        // machine's language (tst_translations checks the others).
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MARGINALIA_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            qFatal("marginalia-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkJsonCarriesCodePointOffsets()
    {
        const QString file = QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt");
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), file});
        QCOMPARE(run.exitCode, 1); // minor findings
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(lines.first(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("fr_FR"));
        const QString backend = report.value(QStringLiteral("backend")).toString();
        QVERIFY2(backend == u"hunspell" || backend == u"sonnet", qPrintable(backend));
        QVERIFY(!report.value(QStringLiteral("dictionary")).toString().isEmpty());

        // Offsets index the stored text (BOM dropped, LF) by code point.
        auto article = Marginalia::ArticleLoader::loadFile(file);
        QVERIFY(article.ok());
        const QList<uint> codePoints = article->text.toUcs4();
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        for (const auto &value : findings) {
            const QJsonObject f = value.toObject();
            const qint64 start = f.value(QStringLiteral("start")).toInteger();
            const qint64 end = f.value(QStringLiteral("end")).toInteger();
            const QString slice =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
            QCOMPARE(slice, f.value(QStringLiteral("text")).toString());
            QCOMPARE(f.value(QStringLiteral("category")).toString(), QStringLiteral("merged-words"));
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("minor"));
            QVERIFY(!f.value(QStringLiteral("rule")).toString().isEmpty());
            QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(f.value(QStringLiteral("suggestions")).isArray());
        }
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("euxdénonçant"));
        QVERIFY(findings.at(1)
                    .toObject()
                    .value(QStringLiteral("suggestions"))
                    .toArray()
                    .contains(QStringLiteral("eux dénonçant")));
    }

    void cleanFileExitsZero()
    {
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral(MARGINALIA_TEST_DATA "/fr-clean.txt")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void langOptionOverridesTheIdLine()
    {
        // Checked as English, the French fixture is full of unknown words.
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-suggestions"),
                             QStringLiteral(MARGINALIA_TEST_DATA "/fr-clean.txt")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("en_US"));
    }

    void textFormatNamesLineAndColumn()
    {
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--no-suggestions"),
                             QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")});
        QCOMPARE(run.exitCode, 1);
        // "euxdénonçant" is on line 3, column 26.
        QVERIFY2(run.out.contains("fr-07.txt:3:26: minor [merged-words]"), run.out.constData());
    }

    void usageAndInputErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray("command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("no file") << QStringList{QStringLiteral("check")} << QByteArray("at least one FILE");
        QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/a.txt")}
                                      << QByteArray("does not exist");
        QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("--format"),
                                                   QStringLiteral("xml"),
                                                   QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")}
                                    << QByteArray("unknown format");
        QTest::newRow("bad language") << QStringList{QStringLiteral("check"), QStringLiteral("--lang"),
                                                     QStringLiteral("xx"),
                                                     QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")}
                                      << QByteArray("xx");
    }

    void usageAndInputErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void versionNamesTheBackend()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("hunspell") || run.out.contains("sonnet"));
    }

    void exportWritesJsonLines()
    {
        const QString project = m_dir.filePath(QStringLiteral("export.marginalia"));
        {
            auto store = Marginalia::ProjectStore::open(project);
            QVERIFY(store.ok());
            auto article = Marginalia::ArticleLoader::loadFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"));
            QVERIFY(article.ok());
            auto articleId = (*store)->importArticle(*article);
            QVERIFY(articleId.ok());
            Marginalia::Annotator annotator(**store);
            // "Paris" (after a two-code-point flag) as Location.
            const qint64 start = article->text.left(article->text.indexOf(QStringLiteral("Paris"))).toUcs4().size();
            QVERIFY(annotator.addAnnotation(*articleId, 3, start, start + 5).ok());
        }
        const QString output = m_dir.filePath(QStringLiteral("out.jsonl"));
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                             QStringLiteral("jsonl"), QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        // The header, the label schema, the article, its one annotation.
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("marginalia"));
        QList<QJsonObject> annotations;
        for (const QByteArray &bytes : lines) {
            const QJsonObject object = QJsonDocument::fromJson(bytes).object();
            if (object.value(QStringLiteral("type")).toString() == u"annotation")
                annotations << object;
        }
        QCOMPARE(annotations.size(), 1);
        const QJsonObject line = annotations.first();
        QCOMPARE(line.value(QStringLiteral("document")).toString(), QStringLiteral("fr-07"));
        QCOMPARE(line.value(QStringLiteral("label")).toString(), QStringLiteral("Location"));
        QCOMPARE(line.value(QStringLiteral("text")).toString(), QStringLiteral("Paris"));
        QCOMPARE(line.value(QStringLiteral("start")).toInteger(), 81);
        QCOMPARE(line.value(QStringLiteral("end")).toInteger(), 86);
    }

    // export --format csv with --document and --labels; unknown names are
    // refused with the list of what there is.
    void exportWritesCsvForChosenArticlesAndLabels()
    {
        const QString project = m_dir.filePath(QStringLiteral("export.marginalia")); // from exportWritesJsonLines
        QVERIFY(QFile::exists(project));
        const QString output = m_dir.filePath(QStringLiteral("out.csv"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--document"), QStringLiteral("fr-07"),
                       QStringLiteral("--labels"), QStringLiteral("Location, Person"), QStringLiteral("--bom"),
                       QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("1 annotation written"), run.err.constData());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "document,article_sha256,"));
        QVERIFY(bytes.contains("\r\nfr-07,"));
        QVERIFY(bytes.contains(",Location,entity,81,86,Paris,"));

        run = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                   QStringLiteral("docx"), QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("csv"), run.err.constData());
        run = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--document"), QStringLiteral("fr-99"),
                   QStringLiteral("--output"), output});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("fr-99"), run.err.constData());
    }

    // export jsonl | import --format jsonl into a new project: the same
    // annotations; a broken file is refused with its line numbers.
    void importReadsWhatExportWrote()
    {
        const QString source = m_dir.filePath(QStringLiteral("export.marginalia")); // from exportWritesJsonLines
        const QString jsonl = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
        Run run =
            cli({QStringLiteral("export"), QStringLiteral("--project"), source, QStringLiteral("--output"), jsonl});
        QCOMPARE(run.exitCode, 0);
        const QString target = m_dir.filePath(QStringLiteral("roundtrip.marginalia"));
        run = cli({QStringLiteral("import"), QStringLiteral("--project"), target, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), jsonl});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1 article added; 0 articles already in the project; 1 annotation;"),
                 run.out.constData());
        auto store = Marginalia::ProjectStore::open(target);
        QVERIFY(store.ok());
        auto annotations = (*store)->allAnnotations();
        QCOMPARE(annotations->size(), 1);
        QCOMPARE(annotations->first().quote, QStringLiteral("Paris"));

        QFile broken(m_dir.filePath(QStringLiteral("broken.jsonl")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"type\":\"marginalia\",\"format\":\"jsonl\",\"version\":1}\n{oops\n");
        broken.close();
        run = cli({QStringLiteral("import"), QStringLiteral("--project"), target, QStringLiteral("--format"),
                   QStringLiteral("jsonl"), broken.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("broken.jsonl:2: not JSON"), run.err.constData());
        run = cli({QStringLiteral("import"), QStringLiteral("--project"), target, QStringLiteral("--format"),
                   QStringLiteral("csv"), broken.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("jsonl"), run.err.constData());
    }

    // import adds an article, recognises the same text, and re-anchors the
    // annotations of a new version; list and check --project read it back.
    void importReanchorsANewVersion()
    {
        const QString project = m_dir.filePath(QStringLiteral("import.marginalia"));
        const QString first = m_dir.filePath(QStringLiteral("fr-81.txt"));
        const QString text = QStringLiteral(
            "Le ministre arrive\n\nLe ministre Petrenko est arrivé à Kyiv lundi pour une visite. « Nous tiendrons », a "
            "dit Petrenko aux journalistes.\nfr-81\n");
        auto write = [](const QString &path, const QString &content) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content.toUtf8());
        };
        write(first, text);
        Run run = cli({QStringLiteral("import"), QStringLiteral("--project"), project, first});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("added as article 1"), run.out.constData());
        run = cli({QStringLiteral("import"), QStringLiteral("--project"), project, first});
        QVERIFY2(run.out.contains("unchanged"), run.out.constData());
        {
            auto store = Marginalia::ProjectStore::open(project);
            QVERIFY(store.ok());
            Marginalia::Annotator annotator(**store);
            const auto at = [&text](const QString &w, qsizetype from = 0) {
                return text.left(text.indexOf(w, from)).toUcs4().size();
            };
            QVERIFY(
                annotator.addAnnotation(1, 1, at(QStringLiteral("Petrenko")), at(QStringLiteral("Petrenko")) + 8).ok());
            QVERIFY(annotator.addAnnotation(1, 3, at(QStringLiteral("Kyiv")), at(QStringLiteral("Kyiv")) + 4).ok());
            QVERIFY(annotator.addAnnotation(1, 4, at(QStringLiteral("«")), at(QStringLiteral("»")) + 1).ok());
        }
        // A corrected translation: a sentence inserted before, "Kyiv" replaced.
        QString second = text;
        second.replace(QStringLiteral("Le ministre Petrenko"),
                       QStringLiteral("Une visite annoncée. Le ministre Petrenko"));
        second.replace(QStringLiteral("Kyiv"), QStringLiteral("Kharkiv"));
        write(first, second);
        run = cli({QStringLiteral("import"), QStringLiteral("--project"), project, first});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("new version of article 1: 0 annotations in place; 2 moved; 0 found approximately; "
                                  "1 orphaned"),
                 run.out.constData());
        {
            auto store = Marginalia::ProjectStore::open(project);
            QVERIFY(store.ok());
            auto annotations = (*store)->annotations(1);
            QVERIFY(annotations.ok());
            QCOMPARE(annotations->size(), 3);
            for (const Marginalia::Annotation &a : std::as_const(*annotations)) {
                const QString there = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(second.toUcs4().mid(a.start, a.end - a.start).constData()),
                    a.end - a.start);
                if (a.orphan)
                    QCOMPARE(a.quote, QStringLiteral("Kyiv")); // not found; kept for the user
                else
                    QCOMPARE(there, a.quote); // on its own text
            }
        }
        run = cli({QStringLiteral("list"), QStringLiteral("--project"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("fr-81") && run.out.contains("Person 1") && run.out.contains("1 orphaned"),
                 run.out.constData());
        run = cli({QStringLiteral("check"), QStringLiteral("--project"), project, QStringLiteral("--document"),
                   QStringLiteral("fr-81"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--no-suggestions")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("findings")));
        run = cli({QStringLiteral("check"), QStringLiteral("--project"), project, QStringLiteral("--document"),
                   QStringLiteral("fr-99")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no article fr-99"), run.err.constData());
    }

    // Four processes import into one project at once (SQLite's locking and
    // the store's busy timeout): each succeeds, and the project holds every
    // article once and passes an integrity check.
    void concurrentWritersShareTheProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("shared.marginalia"));
        QStringList files;
        for (int i = 0; i < 9; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("fr-%1.txt").arg(60 + i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Article %1\n\nLe ministre a parlé %1 fois à Kyiv.\n\nfr-%2\n")
                        .arg(i)
                        .arg(60 + i)
                        .toUtf8());
            files << path;
        }
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--project"), project, files.first()}).exitCode, 0);
        std::vector<std::unique_ptr<QProcess>> writers;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (int w = 0; w < 4; ++w) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(MARGINALIA_CLI_PATH),
                           {QStringLiteral("import"), QStringLiteral("--project"), project, files.at(1 + 2 * w),
                            files.at(2 + 2 * w)});
            writers.push_back(std::move(process));
        }
        for (auto &process : writers) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
        }
        auto store = Marginalia::ProjectStore::open(project, Marginalia::ProjectStore::Access::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto articles = (*store)->articles();
        QVERIFY(articles.ok());
        QStringList ids;
        for (const Marginalia::StoredArticle &a : std::as_const(*articles))
            ids << a.documentId;
        ids.sort();
        QCOMPARE(ids.size(), 9);
        QCOMPARE(ids.first(), QStringLiteral("fr-60"));
        QCOMPARE(ids.last(), QStringLiteral("fr-68"));
        QCOMPARE(ids.removeDuplicates(), 0);
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--project"), project});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count('\n'), 1 + 9); // the header, then one line per article
        store->reset();
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite.isEmpty(), "the sqlite3 shell (Debian package sqlite3) is needed");
        QProcess check;
        check.start(sqlite, {project, QStringLiteral("PRAGMA integrity_check;")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));
    }

    void exportOfAMissingProjectDoesNotCreateOne()
    {
        const QString project = m_dir.filePath(QStringLiteral("none.marginalia"));
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--output"),
                             m_dir.filePath(QStringLiteral("none.jsonl"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(project));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
