#include "session.h"

#include "appdirs.h"
#include "articleloader.h"
#include "spellbackend.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Marginalia {

namespace {
const QString LastArticleKey = QStringLiteral("ui/last-article");
}

bool Session::isOpenElsewhere(const QString &projectPath)
{
    QLockFile probe(QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock"));
    probe.setStaleLockTime(0);
    return !probe.tryLock(0) && probe.error() == QLockFile::LockFailedError;
}

namespace {

// One window per project: a second one would show a stale copy of the work.
// (SQLite itself keeps the file safe; the CLI may still write.)
Result<std::unique_ptr<QLockFile>> lockProject(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    auto lock = std::make_unique<QLockFile>(info.absoluteFilePath() + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (lock->tryLock())
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    if (lock->error() == QLockFile::LockFailedError)
        return makeError(QCoreApplication::translate("Session",
                                                     "%1 is already open in another Marginalia window (process %2 "
                                                     "on %3). Close it there, or open another project.")
                             .arg(projectPath)
                             .arg(pid)
                             .arg(host));
    return makeError(
        QCoreApplication::translate("Session", "Cannot lock %1: the folder is not writable.").arg(projectPath));
}

} // namespace

Result<std::unique_ptr<Session>> Session::openReadOnly(const QString &projectPath)
{
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    if (!store)
        return makeError(store.error());
    std::unique_ptr<Session> session(new Session(std::move(*store)));
    if (Status s = session->loadProject(); !s)
        return makeError(s.error());
    return session;
}

Result<std::unique_ptr<Session>> Session::open(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(
            QCoreApplication::translate("Session", "Cannot create the folder %1.").arg(info.absolutePath()));
    // Before the lock, which a read-only folder would refuse with a message
    // about the lock rather than the project.
    if (!ProjectStore::isWritable(projectPath))
        return makeError(ProjectStore::open(projectPath).error());
    auto lock = lockProject(projectPath);
    if (!lock)
        return makeError(lock.error());
    auto store = ProjectStore::open(projectPath);
    if (!store)
        return makeError(store.error());
    std::unique_ptr<Session> session(new Session(std::move(*store)));
    session->m_lock = std::move(*lock);
    // A day's work at most is ever at the mercy of the disk.
    if (auto backup = session->store().backupIfDue(); !backup)
        session->m_startupWarnings << backup.error();
    if (Status s = session->loadProject(); !s)
        return makeError(s.error());
    return session;
}

Session::Session(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
    , m_annotator(std::make_unique<Annotator>(*m_store))
{
    connect(m_annotator.get(), &Annotator::pendingChanged, this, &Session::pendingEditsChanged);
    m_annotator->setAuthor(qEnvironmentVariable("USER"));
    connect(m_annotator.get(), &Annotator::annotationsChanged, this,
            [this](qint64 articleId, const QSet<qint64> &touched) {
                if (!hasArticle() || articleId != m_article.id)
                    return;
                if (Status s = touched.isEmpty() ? reloadAnnotations() : reloadAnnotations(touched); !s)
                    Q_EMIT warning(s.error());
                // An ignored or accepted finding leaves the list; undo brings
                // it back. A plain tag decides nothing: the findings stay.
                const QList<FindingStatus> decidedBefore = m_decided;
                if (Status s = reloadDecisions(); !s)
                    Q_EMIT warning(s.error());
                if (m_decided != decidedBefore)
                    applyFindings(Findings(m_checkedFindings));
                // A newly tagged name is no longer a finding.
                if (std::exchange(m_vocabularyChanged, false) && userWords() != m_checkedWith)
                    startCheck();
            });
    connect(m_annotator.get(), &Annotator::errorOccurred, this, &Session::warning);
    connect(m_annotator.get(), &Annotator::labelsChanged, this, [this] {
        auto labels = m_annotator->store().labels();
        if (!labels) {
            Q_EMIT warning(labels.error());
            return;
        }
        m_labels = *labels;
        Q_EMIT labelsChanged();
        Q_EMIT annotationsChanged(); // drawn in the labels' new colours and styles
    });

    connect(&m_checkService, &CheckService::checked, this,
            [this](quint64 request, const Findings &findings, const BackendInfo &backend) {
                if (request != m_checkRequest)
                    return;
                m_backend = backend;
                m_suggestionsReady = false;
                applyFindings(findings);
            });
    connect(&m_checkService, &CheckService::suggestionsReady, this, [this](quint64 request, const Findings &findings) {
        if (request != m_checkRequest)
            return;
        m_suggestionsReady = true;
        applyFindings(findings);
    });
    connect(&m_checkService, &CheckService::failed, this, [this](quint64 request, const QString &message) {
        if (request == m_checkRequest)
            Q_EMIT warning(message);
    });
}

Session::~Session() = default;

Status Session::saveAs(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(store().path()).absoluteFilePath())
        return makeError(QCoreApplication::translate("Session", "This project is already saved as %1.").arg(path));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(QCoreApplication::translate("Session", "Cannot create the folder %1.")
                             .arg(QFileInfo(target).absolutePath()));
    auto lock = lockProject(target);
    if (!lock)
        return makeError(lock.error());
    if (Status s = store().saveCopyTo(target); !s)
        return s;
    auto copy = ProjectStore::open(target);
    if (!copy) {
        QFile::remove(target);
        return makeError(copy.error());
    }
    if (Status s = m_annotator->moveTo(**copy); !s) {
        copy->reset();
        QFile::remove(target);
        return makeError(QCoreApplication::translate("Session", "Cannot save to %1: %2").arg(path, s.error()));
    }
    // The old file is closed as it stands: what it could not take is in the
    // new one.
    m_store = std::move(*copy);
    m_lock = std::move(*lock);
    Q_EMIT projectPathChanged(store().path());
    return {};
}

bool Session::isReadOnly() const
{
    return m_annotator->store().readOnly();
}

Status Session::loadProject()
{
    auto labels = store().labels();
    if (!labels)
        return makeError(labels.error());
    m_labels = *labels;
    auto dictionary = store().dictionaryWords();
    if (!dictionary)
        return makeError(dictionary.error());
    m_dictionary = *dictionary;
    return {};
}

Result<Annotator::ImportOutcome> Session::importArticleFile(const QString &path)
{
    if (store().readOnly())
        return makeError(QCoreApplication::translate(
            "Session", "This project is open read-only here: articles cannot be added to it."));
    auto article = ArticleLoader::loadFile(path);
    if (!article)
        return makeError(article.error());
    auto outcome = m_annotator->importArticle(*article);
    if (!outcome)
        return makeError(QFileInfo(path).fileName() + QStringLiteral(": ") + outcome.error());
    for (const QString &w : std::as_const(article->warnings))
        Q_EMIT warning(QFileInfo(path).fileName() + QStringLiteral(": ") + w);
    if (outcome->kind != Annotator::ImportOutcome::Kind::Unchanged)
        Q_EMIT corpusChanged();
    return outcome;
}

Result<Exchange::ImportReport> Session::importAnnotations(Exchange::Format format, const QStringList &paths,
                                                          bool partial)
{
    if (store().readOnly())
        return makeError(QCoreApplication::translate(
            "Session", "This project is open read-only here: nothing can be imported into it."));
    auto report = Exchange::importFiles(store(), format, paths, partial);
    if (!report)
        return report;
    // New labels, articles, entities and perhaps annotations on the article
    // shown: everything that shows them reads them again.
    Q_EMIT m_annotator->labelsChanged();
    Q_EMIT m_annotator->entitiesChanged();
    Q_EMIT corpusChanged();
    if (Status s = reloadAnnotations(); !s)
        Q_EMIT warning(s.error());
    return report;
}

Result<qint64> Session::openArticleFile(const QString &path)
{
    auto outcome = importArticleFile(path);
    if (!outcome)
        return makeError(outcome.error());
    if (Status s = showArticle(outcome->articleId); !s)
        return makeError(s.error());
    if (outcome->kind == Annotator::ImportOutcome::Kind::NewVersion && outcome->reanchored.orphaned > 0)
        Q_EMIT warning(QCoreApplication::translate("Session",
                                                   "This is a new version of the article: %Ln annotation(s) could not "
                                                   "find their text and are listed as orphans in the Annotations "
                                                   "panel, to be placed or deleted.",
                                                   nullptr, outcome->reanchored.orphaned));
    return outcome->articleId;
}

QStringList Session::articleFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(
        folder, {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.html"), QStringLiteral("*.htm")},
        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

Status Session::showAdjacentArticle(bool next)
{
    auto articles = store().articles();
    if (!articles)
        return makeError(articles.error());
    if (articles->isEmpty())
        return {};
    qsizetype index = -1;
    for (qsizetype i = 0; i < articles->size(); ++i) {
        if (articles->at(i).id == m_article.id)
            index = i;
    }
    const qsizetype count = articles->size();
    const qsizetype target = index < 0 ? 0 : (index + (next ? 1 : count - 1)) % count;
    return showArticle(articles->at(target).id);
}

Status Session::openInitialArticle()
{
    auto last = store().setting(LastArticleKey);
    if (last && !last->isEmpty()) {
        if (showArticle(last->toLongLong()))
            return {};
    }
    if (store().readOnly()) { // nothing can be imported: show what is there
        auto articles = store().articles();
        if (articles && !articles->isEmpty())
            return showArticle(articles->constFirst().id);
        return makeError(QCoreApplication::translate("Session", "This project has no article yet."));
    }
    auto id = openArticleFile(AppDirs::defaultSampleArticle());
    if (!id)
        return makeError(id.error());
    return {};
}

Status Session::showArticle(qint64 articleId)
{
    auto article = store().article(articleId);
    if (!article)
        return makeError(article.error());
    m_article = *article;
    if (Status s = reloadDecisions(); !s)
        return s;
    m_findings.clear();
    m_checkedFindings.clear();
    m_suggestionsReady = false;
    if (Status s = reloadAnnotations(); !s)
        return s;
    (void)store().setSetting(LastArticleKey, QString::number(articleId));
    Q_EMIT articleChanged();
    Q_EMIT findingsChanged();
    startCheck();
    return {};
}

void Session::startCheck()
{
    m_checkedWith = userWords();
    const QString language = m_article.language.isEmpty() ? m_fallbackLanguage : m_article.language;
    m_checkRequest = m_checkService.check(m_article.text, m_article.bodyLength, language, m_checkedWith);
}

void Session::setFallbackLanguage(const QString &wanted)
{
    // A dictionary uninstalled since it was chosen: guess, rather than fail
    // every check with "no dictionary".
    const QString language = wanted.isEmpty() || SpellBackends::resolveLanguage(wanted).isEmpty() ? QString() : wanted;
    if (language == m_fallbackLanguage)
        return;
    m_fallbackLanguage = language;
    if (hasArticle() && m_article.language.isEmpty())
        startCheck();
}

Status Session::reloadDecisions()
{
    auto decided = store().findingStatuses(m_article.id);
    if (!decided)
        return makeError(decided.error());
    m_decided = *decided;
    return {};
}

Findings Session::openFindings(const Findings &checked, const QList<FindingStatus> &decided)
{
    Findings open;
    for (const Finding &f : checked) {
        const bool isDecided = std::any_of(decided.cbegin(), decided.cend(), [&f](const FindingStatus &d) {
            return d.rule == f.rule && d.start == f.start && d.end == f.end;
        });
        if (!isDecided)
            open.append(f);
    }
    return open;
}

QString Session::openFindingsKey(qint64 articleId)
{
    return QStringLiteral("check/open/%1").arg(articleId);
}

void Session::applyFindings(const Findings &findings)
{
    m_checkedFindings = findings;
    m_findings = openFindings(findings, m_decided);
    // The corpus list shows the count; a read-only project just does not
    // remember it.
    const QString count = QString::number(m_findings.size());
    if (!store().readOnly()) {
        const auto stored = store().setting(openFindingsKey(m_article.id));
        if (!stored || *stored != count)
            (void)store().setSetting(openFindingsKey(m_article.id), count);
    }
    Q_EMIT findingsChanged();
}

QSet<QString> Session::wordsVouchedFor(const QSet<QString> &dictionary, const QList<Label> &labels,
                                       const QList<Annotation> &annotations)
{
    QSet<QString> words = dictionary;
    QSet<qint64> entityLabels;
    for (const Label &l : labels) {
        if (l.kind == LabelKind::Entity)
            entityLabels << l.id;
    }
    for (const Annotation &a : annotations) {
        if (!entityLabels.contains(a.labelId))
            continue;
        // "Hélène Duvernoy" vouches for "Hélène" and "Duvernoy".
        for (const Token &t : Tokenizer::words(a.quote))
            words << a.quote.mid(t.start, t.end - t.start);
    }
    return words;
}

QSet<QString> Session::userWords() const
{
    QSet<QString> words = m_dictionary;
    for (auto it = m_vouched.cbegin(); it != m_vouched.cend(); ++it)
        words << it.key();
    return words;
}

void Session::countVouchedWords(const Annotation &a, int delta)
{
    // Kept word by word as annotations come and go, so that a tag on a long
    // article does not tokenise every mention again.
    const bool entity = std::any_of(m_labels.cbegin(), m_labels.cend(),
                                    [&a](const Label &l) { return l.id == a.labelId && l.kind == LabelKind::Entity; });
    if (!entity)
        return;
    for (const Token &t : Tokenizer::words(a.quote)) {
        const QString word = a.quote.mid(t.start, t.end - t.start);
        int &count = m_vouched[word];
        count += delta;
        if (count <= 0) {
            m_vouched.remove(word);
            m_vocabularyChanged = true;
        } else if (count == delta) {
            m_vocabularyChanged = true; // a new word
        }
    }
}

Status Session::addToDictionary(const QString &word)
{
    if (word.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Session", "There is no word to add."));
    if (store().readOnly())
        return makeError(QCoreApplication::translate("Session", "This project is open read-only here."));
    if (Status s = store().addDictionaryWord(word); !s)
        return s;
    m_dictionary << word;
    if (hasArticle())
        startCheck();
    return {};
}

Status Session::ignoreFinding(const Finding &finding)
{
    if (!hasArticle())
        return makeError(QCoreApplication::translate("Session", "No article is open."));
    return m_annotator->ignoreFinding(m_article.id, finding);
}

Result<qint64> Session::acceptFinding(const Finding &finding)
{
    if (!hasArticle())
        return makeError(QCoreApplication::translate("Session", "No article is open."));
    return m_annotator->acceptFinding(m_article.id, finding);
}

Findings Session::findingsAt(qint64 position) const
{
    Findings result;
    for (const Finding &f : m_findings) {
        if (position >= f.start && position < f.end)
            result << f;
    }
    return result;
}

Status Session::reloadAnnotations()
{
    if (!hasArticle()) {
        m_annotations.clear();
    } else {
        auto annotations = store().annotations(m_article.id);
        if (!annotations)
            return makeError(annotations.error());
        m_annotations = *annotations;
    }
    m_vouched.clear();
    for (const Annotation &a : std::as_const(m_annotations))
        countVouchedWords(a, 1);
    m_vocabularyChanged = true;
    Q_EMIT annotationsChanged();
    return {};
}

Status Session::reloadAnnotations(const QSet<qint64> &ids)
{
    // Only the annotations a change touched are read again; the list keeps
    // the store's order (start, end, id).
    auto before = [](const Annotation &a, const Annotation &b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    };
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (ids.contains(a.id))
            countVouchedWords(a, -1);
    }
    m_annotations.removeIf([&ids](const Annotation &a) { return ids.contains(a.id); });
    for (qint64 id : ids) {
        auto found = store().findAnnotation(id);
        if (!found)
            return makeError(found.error());
        if (!*found || (*found)->articleId != m_article.id)
            continue; // deleted, or another article's
        const Annotation &a = **found;
        countVouchedWords(a, 1);
        m_annotations.insert(std::lower_bound(m_annotations.begin(), m_annotations.end(), a, before), a);
    }
    Q_EMIT annotationsChanged();
    return {};
}

Result<qint64> Session::tag(qint64 start, qint64 end, qint64 labelId)
{
    if (!hasArticle())
        return makeError(QCoreApplication::translate("Session", "No article is open."));
    const auto label =
        std::find_if(m_labels.cbegin(), m_labels.cend(), [labelId](const Label &l) { return l.id == labelId; });
    if (label != m_labels.cend() && label->kind == LabelKind::MtError) {
        // An MT error tagged over a checker finding starts with what the
        // checker knew: its MQM category, severity and suggestion. The one
        // overlapping the span most wins.
        const Finding *best = nullptr;
        qint64 bestOverlap = 0;
        for (const Finding &f : std::as_const(m_findings)) {
            const qint64 overlap = std::min<qint64>(end, f.end) - std::max<qint64>(start, f.start);
            if (overlap > bestOverlap) {
                best = &f;
                bestOverlap = overlap;
            }
        }
        if (best) {
            Annotation draft;
            draft.articleId = m_article.id;
            draft.labelId = labelId;
            draft.start = start;
            draft.end = end;
            draft.mtError = MtError{mqmCategory(best->category),
                                    best->severity == Severity::Major ? MqmSeverity::Major : MqmSeverity::Minor,
                                    best->suggestions.value(0), best->rule};
            return m_annotator->addAnnotation(draft);
        }
    }
    return m_annotator->addAnnotation(m_article.id, labelId, start, end);
}

int Session::pendingEdits() const
{
    return m_annotator->pendingCount();
}

Result<int> Session::removeAnnotationsAt(qint64 position)
{
    QList<qint64> ids;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (!a.orphan && position >= a.start && position < a.end) // orphans are not drawn there
            ids << a.id;
    }
    if (ids.isEmpty())
        return 0;
    if (Status s = m_annotator->removeAnnotations(ids); !s)
        return makeError(s.error());
    const int removed = int(ids.size());
    return removed;
}

Status Session::placeOrphan(qint64 annotationId, qint64 start, qint64 end)
{
    const auto it = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                                 [annotationId](const Annotation &a) { return a.id == annotationId; });
    if (it == m_annotations.cend())
        return makeError(QCoreApplication::translate("Session", "That annotation is not in this article."));
    Annotation placed = *it;
    placed.start = start;
    placed.end = end;
    placed.orphan = false;
    return m_annotator->updateAnnotation(placed);
}

QHash<qint64, QString> Session::entityNames()
{
    QHash<qint64, QString> names;
    auto entities = store().entities();
    if (!entities) {
        Q_EMIT warning(entities.error());
        return names;
    }
    for (const Entity &e : std::as_const(*entities))
        names.insert(e.id, e.name);
    return names;
}

} // namespace Marginalia
