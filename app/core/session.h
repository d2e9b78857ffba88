#pragma once
// A working session on one project: the store, the annotation API, the
// background checker and the article being read. The window renders what a
// Session holds and forwards user intent to it; tests drive it headless.

#include "annotation.h"
#include "annotator.h"
#include "checkservice.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "finding.h"
#include "projectstore.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <memory>

class QLockFile;

namespace Marginalia {

class Session final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Session>> open(const QString &projectPath);
    // A view of a project open for writing elsewhere: every edit is refused
    // with a message, nothing is written.
    static Result<std::unique_ptr<Session>> openReadOnly(const QString &projectPath);
    // Whether another window holds the project.
    static bool isOpenElsewhere(const QString &projectPath);
    bool isReadOnly() const;
    // Saves the project under `path` and carries on there (Save As): a
    // checked copy of the file, then the edits still waiting to be written
    // (see pendingEdits()), so a project whose disk filled up or went
    // read-only can be saved elsewhere without losing an edit. Undo history
    // is kept. On failure the session stays on the old file.
    Status saveAs(const QString &path);
    ~Session() override;

    // The project file written to (the annotator's: during saveAs() it
    // moves to the new file first).
    ProjectStore &store() { return m_annotator->store(); }
    Annotator &annotator() { return *m_annotator; }

    // Imports an article file without showing it (see
    // Annotator::importArticle: added, unchanged, or a new version).
    Result<Annotator::ImportOutcome> importArticleFile(const QString &path);
    // The article files (.txt, .md, .html, .htm) in a folder and its
    // subfolders, sorted by path.
    static QStringList articleFilesIn(const QString &folder);
    // Reads annotation files of an exchange format into the project in one
    // transaction (Exchange::importFiles) and shows what it added: the
    // corpus, the labels, the current article's annotations and entities.
    // Not undone by Ctrl+Z: it adds articles, which only an import does.
    Result<Exchange::ImportReport> importAnnotations(Exchange::Format format, const QStringList &paths,
                                                     bool partial = false);
    // Shows the next (or previous) article of the project, wrapping around.
    Status showAdjacentArticle(bool next);
    // Imports an article file into the project (once: the same text is found
    // again by its hash) and makes it the current article. Import warnings
    // are reported through warning().
    Result<qint64> openArticleFile(const QString &path);
    // Shows the article read last, or imports the bundled sample.
    Status openInitialArticle();
    Status showArticle(qint64 articleId);

    bool hasArticle() const { return m_article.id != 0; }
    const StoredArticle &article() const { return m_article; }
    const QList<Annotation> &annotations() const { return m_annotations; }
    // Problems met while opening that did not stop it (a failed backup).
    const QStringList &startupWarnings() const { return m_startupWarnings; }
    const QList<Label> &labels() const { return m_labels; }
    const Findings &findings() const { return m_findings; }
    const BackendInfo &backend() const { return m_backend; }
    // The dictionary for articles that do not name their language (empty:
    // guess it). Checks the current article again when that changes its language.
    void setFallbackLanguage(const QString &language);
    const QString &fallbackLanguage() const { return m_fallbackLanguage; }
    bool suggestionsReady() const { return m_suggestionsReady; }

    // Tags [start, end) of the current article (code points).
    Result<qint64> tag(qint64 start, qint64 end, qint64 labelId);
    // Puts an orphan (an annotation that lost its text when the article
    // changed) on [start, end) of the current article; undoable.
    Status placeOrphan(qint64 annotationId, qint64 start, qint64 end);
    // Entity names by id, for the panels.
    QHash<qint64, QString> entityNames();
    // Removes every annotation of the current article that covers `position`
    // (orphans are not drawn there, so not removed there either).
    Result<int> removeAnnotationsAt(qint64 position);

    // Accepts `word` in every article of the project and checks again.
    Status addToDictionary(const QString &word);
    // Hides this finding in this article (undoable).
    Status ignoreFinding(const Finding &finding);
    // Confirms the finding as a translation error: an MT error annotation
    // with its MQM category; the finding leaves the list (undoable).
    Result<qint64> acceptFinding(const Finding &finding);
    // The findings of the current article that cover `position`.
    Findings findingsAt(qint64 position) const;

    // Edits the project file could not take yet (see Annotator::retryPending).
    int pendingEdits() const;

    // Words the checker accepts in an article: the project dictionary and
    // the words of its entity mentions ("Hélène Duvernoy" vouches for both).
    static QSet<QString> wordsVouchedFor(const QSet<QString> &dictionary, const QList<Label> &labels,
                                         const QList<Annotation> &annotations);
    // The findings not ignored or accepted yet.
    static Findings openFindings(const Findings &checked, const QList<FindingStatus> &decided);
    // The project setting that keeps how many open findings an article had
    // when last checked (the Articles panel shows it).
    static QString openFindingsKey(qint64 articleId);

Q_SIGNALS:
    // The session carries on in another project file (saveAs()).
    void projectPathChanged(const QString &path);
    void articleChanged();
    // Articles were added to the project or replaced by a new version.
    void corpusChanged();
    // Edits wait to be written (`count`, 0 when all are saved): `reason`
    // says why the last write failed.
    void pendingEditsChanged(int count, const QString &reason);
    void annotationsChanged();
    // The label schema changed (labels() holds the new one). The
    // annotations look different: annotationsChanged() follows.
    void labelsChanged();
    void findingsChanged();
    void warning(const QString &message);

private:
    explicit Session(std::unique_ptr<ProjectStore> store);
    Status reloadAnnotations();
    Status reloadAnnotations(const QSet<qint64> &ids);
    // Words the checker accepts: the project dictionary and tagged names.
    QSet<QString> userWords() const;
    // Adds (1) or takes away (-1) the words an entity mention vouches for.
    void countVouchedWords(const Annotation &a, int delta);
    void startCheck();
    void applyFindings(const Findings &findings);
    Status reloadDecisions();
    Status loadProject(); // labels and dictionary

    // Declared first, released last: held while the project is open here.
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Annotator> m_annotator;
    CheckService m_checkService;
    StoredArticle m_article;
    QList<Annotation> m_annotations;
    QList<Label> m_labels;
    Findings m_findings;
    QSet<QString> m_dictionary;
    QHash<QString, int> m_vouched; // words of the entity mentions, with their count
    bool m_vocabularyChanged = false; // a word came or went since the last look
    QStringList m_startupWarnings; // for the window to show once it is up
    QList<FindingStatus> m_decided; // ignored or accepted findings of the article
    Findings m_checkedFindings; // what the checker found, decided ones included
    QSet<QString> m_checkedWith; // the user words of the last check
    BackendInfo m_backend;
    QString m_fallbackLanguage;
    quint64 m_checkRequest = 0;
    bool m_suggestionsReady = false;
};

} // namespace Marginalia
