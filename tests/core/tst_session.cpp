// The Session headless: what the user's choices (tag a name, add a word,
// ignore a finding) do to the findings, and that they survive a reopen.

#include "annotator.h"
#include "projectstore.h"
#include "session.h"
#include "smallfilesystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace Marginalia;

namespace {

const char *const ArticleText = "Le ministre Kowalczyk arrive\n\n"
                                "Le ministre Kowalczyk est arrivé hier. Kowalczyk a parlé avec l’OTANet les "
                                "alliés.\n\nfr-42\n";

bool hasFinding(const Session &session, const QString &text, FindingCategory category)
{
    return std::any_of(session.findings().cbegin(), session.findings().cend(),
                       [&](const Finding &f) { return f.text == text && f.category == category; });
}

// The quotes of an article's annotations in a project file, sorted.
QStringList quotes(const QString &projectPath, qint64 articleId)
{
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    if (!store)
        return {store.error()};
    auto all = (*store)->annotations(articleId);
    if (!all)
        return {all.error()};
    QStringList out;
    for (const Annotation &a : std::as_const(*all))
        out << a.quote;
    out.sort();
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("fr-42.txt"));
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ArticleText);
    }

    void taggingANameRemovesItsFindings()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("tag.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
        const QString text = s.article().text;
        const qint64 start = text.indexOf(QStringLiteral("Kowalczyk"));
        QVERIFY(s.tag(start, start + 9, 1).ok()); // Person
        QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
        // Undoing the tag brings the note back.
        s.annotator().undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
    }

    void theProjectDictionaryIsKept()
    {
        const QString project = m_dir.filePath(QStringLiteral("dictionary.marginalia"));
        {
            auto session = Session::open(project);
            QVERIFY(session.ok());
            QVERIFY((*session)->openArticleFile(m_article).ok());
            QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                     30000);
            QVERIFY((*session)->addToDictionary(QStringLiteral("Kowalczyk")).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                     30000);
        }
        auto session = Session::open(project);
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords), 30000);
        QVERIFY(!hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName));
    }

    // A second window on the same project is refused with a message that
    // says where it is open; once the first closes, the project opens.
    void aSecondSessionOnTheSameProjectIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.marginalia"));
        {
            auto first = Session::open(path);
            QVERIFY(first.ok());
            auto second = Session::open(path);
            QVERIFY(!second.ok());
            QVERIFY2(second.error().contains(QStringLiteral("already open in another Marginalia window")),
                     qPrintable(second.error()));
            QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(second.error()));
        }
        QVERIFY(Session::open(path).ok());
    }

    // While one window writes, another may look: it reads the same work,
    // refuses every edit with a message, and writes nothing.
    void aReadOnlyViewBesideTheWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.marginalia"));
        auto writer = Session::open(path);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->openArticleFile(m_article).ok());
        QVERIFY((*writer)->tag(12, 21, 1).ok()); // "Kowalczyk"
        QVERIFY(Session::isOpenElsewhere(path));
        auto view = Session::openReadOnly(path);
        QVERIFY2(view.ok(), qPrintable(view.error()));
        QVERIFY((*view)->isReadOnly());
        QVERIFY((*view)->openInitialArticle().ok());
        QCOMPARE((*view)->annotations().size(), 1);
        QCOMPARE((*view)->annotations().first().quote, QStringLiteral("Kowalczyk"));
        const auto refused = (*view)->tag(0, 2, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
        QVERIFY(!(*view)->addToDictionary(QStringLiteral("Kowalczyk")).ok());
        QVERIFY(!(*view)->openArticleFile(m_article).ok());
        QCOMPARE((*view)->annotations().size(), 1);
        (*writer).reset();
        QVERIFY(!Session::isOpenElsewhere(path));
    }

    void ignoringAFindingIsUndoable()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("undo-ignore.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords), 30000);
        const auto merged = std::find_if(s.findings().cbegin(), s.findings().cend(),
                                         [](const Finding &f) { return f.text == u"OTANet"; });
        QVERIFY(s.ignoreFinding(*merged).ok());
        QVERIFY(!hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        s.annotator().undoStack()->undo();
        QVERIFY(hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        s.annotator().undoStack()->redo();
        QVERIFY(!hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
    }

    // Tagging a word the checker flagged as an MT error (key 8) starts the
    // error with the finding's MQM category, severity and suggestion; a word
    // the checker said nothing about starts as Other / Minor.
    void anMtErrorTaggedOverAFindingStartsFromIt()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("mt-error.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords), 30000);
        const auto merged = std::find_if(s.findings().cbegin(), s.findings().cend(),
                                         [](const Finding &f) { return f.text == u"OTANet"; });
        const Finding &finding = *merged;
        qint64 mtLabel = 0;
        for (const Label &l : s.labels()) {
            if (l.kind == LabelKind::MtError)
                mtLabel = l.id;
        }
        QVERIFY(mtLabel != 0);
        auto id = s.tag(finding.start, finding.end, mtLabel);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto stored = s.store().annotation(*id);
        QVERIFY(stored.ok() && stored->mtError);
        QCOMPARE(stored->mtError->category, mqmCategory(FindingCategory::MergedWords));
        QCOMPARE(stored->mtError->findingRule, finding.rule);
        QCOMPARE(stored->mtError->correction, finding.suggestions.value(0));
        QVERIFY(!stored->mtError->correction.isEmpty()); // "OTAN et"

        const QString text = s.article().text;
        const qint64 plain = text.indexOf(QStringLiteral("ministre"));
        QVERIFY(plain > 0);
        auto other = s.tag(plain, plain + 8, mtLabel);
        QVERIFY(other.ok());
        auto otherStored = s.store().annotation(*other);
        QVERIFY(otherStored.ok() && otherStored->mtError);
        QCOMPARE(otherStored->mtError->category, QStringLiteral("Other"));
        QCOMPARE(otherStored->mtError->severity, MqmSeverity::Minor);
        QVERIFY(otherStored->mtError->findingRule.isEmpty());
    }

    // The session patches its list with the annotations a change touched
    // instead of reading all of them again; after every kind of change, and
    // its undo and redo, the list must be what the file holds.
    void theAnnotationListFollowsEveryChange()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("follow.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        const QString text = s.article().text;
        auto same = [&s]() {
            auto stored = s.store().annotations(s.article().id);
            return stored.ok() && *stored == s.annotations();
        };
        QUndoStack *stack = s.annotator().undoStack();
        const qint64 k = text.indexOf(QStringLiteral("Kowalczyk"));
        QVERIFY(s.tag(k, k + 9, 1).ok());
        QVERIFY(same());
        QVERIFY(s.tag(0, 2, 3).ok()); // "Le", before the first: order by start
        QVERIFY(same());
        auto all = s.annotator().tagAllOccurrences(s.article().id, 1, QStringLiteral("Kowalczyk"));
        QVERIFY(all.ok() && *all >= 1);
        QVERIFY(same());
        Annotation changed = s.annotations().last();
        changed.start += 1; // a new span moves it in the order
        QVERIFY(s.annotator().updateAnnotation(changed).ok());
        QVERIFY(same());
        QVERIFY(s.annotator().removeAnnotations({s.annotations().first().id, s.annotations().last().id}).ok());
        QVERIFY(same());
        while (stack->canUndo()) {
            stack->undo();
            QVERIFY(same());
        }
        QVERIFY(s.annotations().isEmpty());
        while (stack->canRedo()) {
            stack->redo();
            QVERIFY(same());
        }
        QCOMPARE(s.annotations().size(), qsizetype(*all + 2 - 2));
    }

    // The dictionary chosen for articles without a language line: kept when
    // installed, dropped (guess instead) when it is not, so that checking
    // never fails on a dictionary uninstalled since.
    void aFallbackDictionaryMustBeInstalled()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("fallback.marginalia")));
        QVERIFY(session.ok());
        (*session)->setFallbackLanguage(QStringLiteral("fr_FR"));
        QCOMPARE((*session)->fallbackLanguage(), QStringLiteral("fr_FR"));
        (*session)->setFallbackLanguage(QStringLiteral("zz_ZZ"));
        QCOMPARE((*session)->fallbackLanguage(), QString());
    }

    // The file stops taking writes (as a full disk or a file made read-only
    // would): edits are not lost, they wait in memory, in order, with a clear
    // message, and are written once the file takes writes again.
    void editsThatCannotBeWrittenAreKeptAndRetried()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("full.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QSignalSpy pending(&s, &Session::pendingEditsChanged);
        auto first = s.tag(0, 2, 3); // "Le" as a Location: saved
        QVERIFY(first.ok());
        QVERIFY(s.store().setQueryOnly(true).ok());
        auto tagged = s.tag(12, 21, 1);
        QVERIFY(!tagged.ok());
        QVERIFY2(tagged.error().contains(QStringLiteral("It is kept")), qPrintable(tagged.error()));
        auto removed = s.removeAnnotationsAt(0); // waits behind the tag
        QVERIFY(!removed.ok());
        QVERIFY(s.annotator().lastWriteFailed());
        QCOMPARE(s.pendingEdits(), 2); // the tag, then the removal, in that order
        QCOMPARE(pending.size(), 2);
        QCOMPARE(s.annotations().size(), 1);
        QCOMPARE(s.annotator().retryPending(), 2); // still refused
        // A finding accepted now waits behind them too.
        Finding f;
        f.start = 12;
        f.end = 21;
        f.text = QStringLiteral("Kowalczyk");
        f.rule = QStringLiteral("spelling.unknown-word");
        const auto accepted = s.acceptFinding(f);
        QVERIFY(!accepted.ok());
        QVERIFY2(accepted.error().contains(QStringLiteral("It is kept")), qPrintable(accepted.error()));
        QCOMPARE(s.pendingEdits(), 3);
        QVERIFY(s.store().setQueryOnly(false).ok());
        QCOMPARE(s.annotator().retryPending(), 0);
        QCOMPARE(pending.last().at(0).toInt(), 0);
        // In order: "Le" tagged then removed, "Kowalczyk" tagged, then the
        // MT error with its finding status pointing to it.
        QCOMPARE(s.annotations().size(), 2);
        QCOMPARE(s.annotations().at(0).quote, QStringLiteral("Kowalczyk"));
        QCOMPARE(s.annotations().at(1).quote, QStringLiteral("Kowalczyk"));
        const auto error = std::find_if(s.annotations().cbegin(), s.annotations().cend(),
                                        [](const Annotation &a) { return a.mtError.has_value(); });
        QVERIFY(error != s.annotations().cend());
        auto statuses = s.store().findingStatuses(s.article().id);
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), 1);
        QCOMPARE(statuses->first().annotationId, error->id);
        s.annotator().undoStack()->undo(); // the acceptance, as one step
        QCOMPARE(s.annotations().size(), 1);
        QVERIFY(s.store().findingStatuses(s.article().id)->isEmpty());
        // Written ones are undoable like any other.
        s.annotator().undoStack()->undo(); // the tag of "Kowalczyk"
        s.annotator().undoStack()->undo(); // the removal of "Le"
        QCOMPARE(s.annotations().size(), 1);
        QCOMPARE(s.annotations().first().quote, QStringLiteral("Le"));
        // An input error is not kept: it would never succeed.
        QVERIFY(!s.tag(5, 5, 1).ok());
        QCOMPARE(s.pendingEdits(), 0);
    }

    // Save As: a checked copy, and the session (with its undo history)
    // carries on in it; the original keeps what it had.
    void saveAsCarriesOnInTheNewFile()
    {
        const QString original = m_dir.filePath(QStringLiteral("original.marginalia"));
        const QString copy = m_dir.filePath(QStringLiteral("elsewhere/copy.marginalia"));
        auto session = Session::open(original);
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QVERIFY(s.tag(0, 2, 3).ok()); // "Le"
        QVERIFY(s.tag(12, 21, 1).ok()); // "Kowalczyk"

        // Not over itself, not over a project another window holds; the
        // session stays where it was.
        QVERIFY(!s.saveAs(original).ok());
        const QString held = m_dir.filePath(QStringLiteral("held.marginalia"));
        auto other = Session::open(held);
        QVERIFY(other.ok());
        const Status refused = s.saveAs(held);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("another Marginalia window")), qPrintable(refused.error()));
        QCOMPARE(s.store().path(), original);

        QSignalSpy moved(&s, &Session::projectPathChanged);
        const Status saved = s.saveAs(copy);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(s.store().path(), copy);
        QVERIFY(!Session::isOpenElsewhere(original));
        QVERIFY(Session::isOpenElsewhere(copy));
        s.annotator().undoStack()->undo(); // the tag of "Kowalczyk", undone in the copy
        QCOMPARE(s.annotations().size(), 1);
        QVERIFY(s.tag(22, 28, 5).ok());
        const qint64 articleId = s.article().id;
        (*session).reset();
        QCOMPARE(quotes(original, articleId), QStringList({QStringLiteral("Kowalczyk"), QStringLiteral("Le")}));
        QCOMPARE(quotes(copy, articleId), QStringList({QStringLiteral("Le"), QStringLiteral("arrive")}));
    }

    // A real full disk (a 2 MB tmpfs; needs root, skipped otherwise): tags
    // go on until the file system refuses one; from then on they wait in
    // memory, and saving elsewhere writes every one of them.
    // A project on read-only media (or a file made read-only): opening it
    // for work is refused with a message that says what can be done, it
    // opens read-only with all its work, and the CLI lists and exports it.
    // Nothing is written: no -wal, -shm or lock file, the bytes unchanged.
    void aReadOnlyProjectOpensForReadingOnly()
    {
        SmallFileSystem fs(m_dir.filePath(QStringLiteral("read-only")));
        const bool root = ::geteuid() == 0;
        if (root && !fs.mounted())
            QSKIP("cannot mount a tmpfs here");
        const QString folder = root ? fs.path() : m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = folder + QStringLiteral("/project.marginalia");
        {
            auto session = Session::open(project);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            QVERIFY((*session)->openArticleFile(m_article).ok());
            QVERIFY((*session)->tag(12, 21, 1).ok()); // "Kowalczyk"
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("project.marginalia")});
        QVERIFY(ProjectStore::isWritable(project));
        if (root) {
            QVERIFY(fs.makeReadOnly());
        } else {
            QVERIFY(QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadUser));
            QVERIFY(
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
        }
        QVERIFY(!ProjectStore::isWritable(project));
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        auto refused = Session::open(project);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be written: the file or its folder is read-only. "
                                                         "It can be opened read-only.")),
                 qPrintable(refused.error()));

        {
            auto view = Session::openReadOnly(project);
            QVERIFY2(view.ok(), qPrintable(view.error()));
            QVERIFY((*view)->isReadOnly());
            QVERIFY((*view)->openInitialArticle().ok());
            QCOMPARE((*view)->annotations().size(), 1);
            QCOMPARE((*view)->annotations().first().quote, QStringLiteral("Kowalczyk"));
            QVERIFY(!(*view)->tag(0, 2, 1).ok());
        }

        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("list"), QStringLiteral("--project"), project});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray listed = cli.readAllStandardOutput();
        QVERIFY2(listed.contains("Le ministre Kowalczyk arrive"), listed.constData());
        const QString exported = m_dir.filePath(QStringLiteral("read-only-export.jsonl"));
        cli.start(
            QStringLiteral(MARGINALIA_CLI_PATH),
            {QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--output"), exported});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile jsonl(exported);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QVERIFY(jsonl.readAll().contains("Kowalczyk"));
        cli.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--project"), project, m_article});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.readAllStandardError().contains("read-only"), "import was not refused as read-only");

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("project.marginalia")});
        if (!root)
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // The text lives in the project: once an article is open, its file is
    // not read again. Deleted or rewritten underneath, nothing changes for
    // the work; the changed file opened again is a new version, and the
    // tags move with their words.
    void theArticleFileDeletedOrChangedWhileOpenCostsNothing()
    {
        const QString project = m_dir.filePath(QStringLiteral("file-gone.marginalia"));
        const QString file = m_dir.filePath(QStringLiteral("file-gone/fr-42.txt"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(QFile::copy(m_article, file));
        const QString text = QString::fromUtf8(ArticleText);
        {
            auto session = Session::open(project);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            Session &s = **session;
            QVERIFY(s.openArticleFile(file).ok());
            QVERIFY(s.tag(12, 21, 1).ok()); // "Kowalczyk"
            QVERIFY(QFile::remove(file));
            QVERIFY(s.tag(0, 2, 3).ok()); // "Le", after the file is gone
            QCOMPARE(s.article().text, text);
            s.annotator().undoStack()->undo();
            s.annotator().undoStack()->redo();
            QCOMPARE(s.annotations().size(), 2);
            QVERIFY(s.showAdjacentArticle(true).ok()); // the only one: shown again, from the project
            QCOMPARE(s.article().text, text);
        }
        {
            auto session = Session::open(project);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            Session &s = **session;
            QVERIFY(s.openInitialArticle().ok()); // the article read last, its file gone
            QCOMPARE(s.article().text, text);
            QCOMPARE(quotes(project, s.article().id), (QStringList{QStringLiteral("Kowalczyk"), QStringLiteral("Le")}));

            // Rewritten while open: the session goes on with the text it has.
            QFile changed(file);
            QVERIFY(changed.open(QIODevice::WriteOnly));
            QVERIFY(changed.write("Mise à jour.\n\n" + QByteArray(ArticleText)) > 0);
            changed.close();
            QVERIFY(s.tag(42, 51, 1).ok()); // the second "Kowalczyk"
            QCOMPARE(s.article().text, text);
            QCOMPARE(s.annotations().size(), 3);

            // Opened again, it is the article's new version.
            auto outcome = s.importArticleFile(file);
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            QCOMPARE(outcome->kind, Annotator::ImportOutcome::Kind::NewVersion);
            QVERIFY(s.showArticle(outcome->articleId).ok());
            QCOMPARE(s.article().text, QStringLiteral("Mise à jour.\n\n") + text);
            QCOMPARE(s.annotations().size(), 3);
            for (const Annotation &a : s.annotations()) {
                QVERIFY(!a.orphan);
                QCOMPARE(s.article().text.mid(a.start, a.end - a.start), a.quote);
            }
        }
    }

    void aFullDiskKeepsEditsUntilSavedElsewhere()
    {
        SmallFileSystem fs(m_dir.filePath(QStringLiteral("full-disk")));
        if (!fs.mounted())
            QSKIP("cannot mount a tmpfs here (not root?)");
        const QString project = fs.path() + QStringLiteral("/project.marginalia");
        const QString rescued = m_dir.filePath(QStringLiteral("rescued.marginalia"));
        auto session = Session::open(project);
        QVERIFY2(session.ok(), qPrintable(session.error()));
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QVERIFY(s.tag(0, 2, 3).ok());
        QVERIFY(fs.fill());
        int acknowledged = 1;
        int attempts = 0;
        while (s.pendingEdits() == 0 && attempts < 20000) {
            ++attempts;
            if (s.tag(12, 21, 1).ok())
                ++acknowledged;
        }
        QVERIFY2(s.pendingEdits() > 0, "the full file system never refused a write");
        for (int i = 0; i < 5; ++i)
            QVERIFY(!s.tag(0, 2, 3).ok()); // waits behind the first refused one
        QCOMPARE(s.pendingEdits(), 6);
        QCOMPARE(s.annotations().size(), acknowledged);
        QCOMPARE(s.annotator().retryPending(), 6); // still full

        const Status saved = s.saveAs(rescued);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(s.pendingEdits(), 0);
        QCOMPARE(s.annotations().size(), acknowledged + 6);
        const qint64 articleId = s.article().id;
        (*session).reset();
        QCOMPARE(quotes(rescued, articleId).size(), acknowledged + 6);
        // The full file still opens, intact, with what it acknowledged.
        fs.empty();
        auto old = ProjectStore::open(project);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        auto kept = (*old)->annotations(articleId);
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), acknowledged);
    }

    void anIgnoredFindingStaysIgnored()
    {
        const QString project = m_dir.filePath(QStringLiteral("ignore.marginalia"));
        {
            auto session = Session::open(project);
            QVERIFY(session.ok());
            QVERIFY((*session)->openArticleFile(m_article).ok());
            QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords),
                                     30000);
            const auto it = std::find_if((*session)->findings().cbegin(), (*session)->findings().cend(),
                                         [](const Finding &f) { return f.text == u"OTANet"; });
            QVERIFY((*session)->ignoreFinding(*it).ok());
            QVERIFY(!hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        }
        auto session = Session::open(project);
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                 30000);
        QVERIFY(!hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
