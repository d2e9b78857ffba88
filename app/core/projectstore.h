#pragma once
// The project file: one SQLite database holding the articles' text, their
// metadata, the label schema and the annotations. Every write is its own
// committed transaction, so what the UI shows is on disk.

#include "annotation.h"
#include "article.h"
#include "database.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Marginalia {

class ProjectStore final
{
public:
    // 'MRGN': marks a SQLite file as a Marginalia project.
    static constexpr qint32 ApplicationId = 0x4D52474E;
    // 1: articles, labels, annotations. 2: project dictionary, ignored
    // findings. 3: the full annotation model (entities, claims, MT errors,
    // notes, relations, finding statuses, article status and metadata).
    // 4: each label's drawing style.
    static constexpr int SchemaVersion = 4;
    static inline const QString FileSuffix = QStringLiteral("marginalia");

    // Opens a project, creating it when the file does not exist. Refuses
    // files that are not Marginalia projects or come from a newer version,
    // without modifying them.
    // A file that was not closed cleanly gets an integrity check; a damaged
    // one (failing that check, cut short, or emptied while it has backups)
    // is moved aside and the message names the newest backup. Before a
    // migration a checked backup is written. A file that cannot be written
    // (read-only, or in a read-only folder) is refused with a message that
    // says it can be opened read-only.
    enum class Access { ReadWrite, ReadOnly };
    // ReadOnly opens an existing, current project without writing anything
    // to it (no migration, no backup, no crash flag, nothing moved): a second
    // window's view, or a project on read-only media.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Access access = Access::ReadWrite);
    // Whether the project at `path` could be opened for writing: a file that
    // does not exist yet can be; an existing one needs itself and its folder
    // (for SQLite's -wal and -shm files) writable.
    static bool isWritable(const QString &path);
    ~ProjectStore();

    bool readOnly() const { return m_readOnly; }
    // Refuses every write from now on (SQLite's query_only), as a file made
    // read-only underneath would: how the tests make writes fail without
    // remounting a file system.
    Status setQueryOnly(bool on);

    // Writes a daily backup when the newest is more than a day old; returns
    // its path, or an empty string when none was due.
    Result<QString> backupIfDue();

    // Writes a checked copy of the project as it is on disk to `path`
    // (which may exist: it is replaced in one step): "Save As", and the way
    // out when this file stops taking writes.
    Status saveCopyTo(const QString &path);

    QString path() const { return m_path; }

    // Stores the article unless one with the same text is already there;
    // returns its id either way.
    Result<qint64> importArticle(const Article &article);
    // An article exactly as another project stored it (a lossless import):
    // its id, import time, status and metadata kept. The SHA-256 must be
    // its text's.
    Status restoreArticle(const StoredArticle &article);
    Result<StoredArticle> article(qint64 id);
    Result<QList<StoredArticle>> articles(); // without text
    // Every article with its annotation counts, in import order; or only
    // the article `onlyId` (a tag changes one line, not the whole corpus).
    Result<QList<ArticleSummary>> articleSummaries(qint64 onlyId = 0);
    // The articles whose text, annotation quotes, notes or entity names
    // contain `query`, ignoring case with Qt's Unicode folding (SQLite's
    // LIKE folds ASCII only, and "Élysée" must find "élysée").
    Result<QList<CorpusHit>> searchCorpus(const QString &query);
    Result<std::optional<qint64>> findArticleBySha256(const QString &sha256);
    // The article with this document id (when set) or else this source path:
    // an earlier version of the same article.
    Result<std::optional<qint64>> findArticleByOrigin(const QString &documentId, const QString &sourcePath);
    // Writes an article's text and metadata over the stored ones (a new
    // version of the article); the annotations are re-anchored by the caller.
    Status updateArticle(const StoredArticle &a);

    Status setArticleStatus(qint64 id, ArticleStatus status);
    // `metadata` must be a JSON object.
    Status setArticleMetadata(qint64 id, const QString &metadata);

    Result<QList<Label>> labels();
    // Inserts or, when l.id is set, replaces a label.
    Result<qint64> putLabel(const Label &l);
    // Refused while annotations or entities use the label.
    Status deleteLabel(qint64 id);
    struct LabelUsage {
        qint64 annotations = 0; // in every article
        qint64 entities = 0; // whose type the label is
        bool inUse() const { return annotations + entities > 0; }
    };
    Result<LabelUsage> labelUsage(qint64 id);

    // Annotations with their claim and MT error details.
    Result<QList<Annotation>> annotations(qint64 articleId);
    Result<QList<Annotation>> allAnnotations();
    Result<Annotation> annotation(qint64 id);
    // The annotation, or nothing when there is none with this id.
    Result<std::optional<Annotation>> findAnnotation(qint64 id);
    // Ids of the annotations that mention an entity.
    Result<QList<qint64>> mentions(qint64 entityId);
    // Ids of the claim annotations whose claimant is this mention or entity.
    Result<QList<qint64>> claimsNaming(qint64 mentionId, qint64 entityId);

    // Inserts `a` with its claim and MT error; when a.id is non-zero that id
    // is reused (redo after undo).
    Result<qint64> insertAnnotation(const Annotation &a);
    // Writes the annotation's fields, claim and MT error over the stored ones.
    Status updateAnnotation(const Annotation &a);
    // Deletes an annotation; its claim, MT error, notes and relations go too.
    Status deleteAnnotation(qint64 id);

    // An annotation with its notes and relations, and writing one back (same
    // ids): what undo and redo use.
    Result<AnnotationRecord> annotationRecord(qint64 id);
    // Writes the record: updates the annotation in place when its id exists
    // (the claims naming it and the finding it came from stay linked),
    // inserts it otherwise; its notes and relations become the record's.
    // Returns the annotation's id.
    Result<qint64> putAnnotationRecord(const AnnotationRecord &record);

    Result<QList<Entity>> entities();
    Result<Entity> entity(qint64 id);
    // Inserts or replaces (same id) an entity with its aliases.
    Result<qint64> putEntity(const Entity &e);
    // Mentions of a deleted entity lose their link (their spans stay).
    Status deleteEntity(qint64 id);

    Result<QList<Note>> notes(qint64 articleId); // on the article and on its annotations
    Result<Note> note(qint64 id);
    // The article a note belongs to, directly or through its annotation.
    Result<qint64> noteArticle(const Note &n);
    Result<qint64> putNote(const Note &n);
    Status deleteNote(qint64 id);

    Result<QList<Relation>> relations(qint64 articleId);
    Result<Relation> relation(qint64 id);
    Result<qint64> putRelation(const Relation &r);
    Status deleteRelation(qint64 id);

    Result<QList<FindingStatus>> findingStatuses(qint64 articleId);
    Result<qint64> putFindingStatus(const FindingStatus &f);
    Status deleteFindingStatus(qint64 id);

    // Runs `writes` in one transaction with foreign keys checked at commit,
    // so that records restored together may refer to each other in any order.
    Status inTransaction(const std::function<Status()> &writes);

    // The project dictionary: words accepted in every article of the project.
    Result<QSet<QString>> dictionaryWords();
    Status addDictionaryWord(const QString &word);
    Status removeDictionaryWord(const QString &word);

    // Findings the user dismissed for one article.
    Result<QList<IgnoredFinding>> ignoredFindings(qint64 articleId);
    Status addIgnoredFinding(qint64 articleId, const IgnoredFinding &finding);

    Result<QString> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

    // Relation kinds that are equivalences (symmetric and transitive, as
    // brat's "*" lines: "Alias" between two spellings of one name), kept in
    // the meta table. Exports that can say so (brat) write them as such.
    Result<QStringList> equivalenceKinds();
    Status addEquivalenceKinds(const QStringList &kinds);

private:
    ProjectStore(Database db, QString path);
    // One article row as it is given (id 0: a new one); its id.
    Result<qint64> insertArticle(const StoredArticle &a);
    Status configure();
    Status setApplicationId();
    // From `fromVersion` 0 (a new file) the new-project defaults are written
    // in the last step's transaction.
    Status migrate(int fromVersion);
    Status fillDetails(QList<Annotation> &annotations, const QString &where, qint64 key);
    Status writeDetails(const Annotation &a);
    // The annotation row itself, inserted or updated in place; its id.
    Result<qint64> writeAnnotationRow(const Annotation &a);
    // DELETE FROM `table` WHERE id = `id`; `table` is one of ours, never input.
    Status deleteRow(const char *table, qint64 id);

    Database m_db;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace Marginalia
