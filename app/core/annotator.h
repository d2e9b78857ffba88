#pragma once
// The one API through which annotations, entities, notes, relations and
// finding decisions change. Every change is written to the project file at
// once (one transaction) and pushed onto the undo stack as one command; the
// UI and the CLI call this class and never the store's write functions.

#include "anchoring.h"
#include "annotation.h"
#include "article.h"
#include "finding.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Marginalia {

class ProjectStore;
struct ChangeSet;

class Annotator final : public QObject
{
    Q_OBJECT

public:
    // Characters of context kept on each side of a quote selector.
    static constexpr int QuoteContext = SelectorContext;

    explicit Annotator(ProjectStore &store, QObject *parent = nullptr);
    ~Annotator() override;

    QUndoStack *undoStack() { return &m_undoStack; }
    // Whether the last change failed while writing to the project file (a
    // full disk, a file made read-only, a lock) rather than on bad input.
    // Such a change is not lost: it waits in memory, in order, and is
    // written by the next successful retry (every five seconds, or now).
    bool lastWriteFailed() const { return m_lastWriteFailed; }
    int pendingCount() const { return int(m_pending.size()); }
    // Writes the waiting changes in order; returns how many still wait.
    int retryPending();
    ProjectStore &store() { return *m_store; }
    // Carries on in `copy` (a copy of this project's file, e.g. saved
    // elsewhere because this one stopped taking writes): the waiting changes
    // are written there, in order, and every later change and undo goes
    // there. On failure nothing here changes.
    Status moveTo(ProjectStore &copy);
    void setAuthor(const QString &author) { m_author = author; }

    // Tags [start, end) (code points of the stored article text) with a
    // label. The span is validated and the quote selector computed here.
    Result<qint64> addAnnotation(qint64 articleId, qint64 labelId, qint64 start, qint64 end);
    // The same for a draft that carries an entity link, a claim or an MT error.
    Result<qint64> addAnnotation(Annotation draft);
    // Writes a changed annotation (span, label, entity link, claim, MT
    // error); a new span gets a new quote selector.
    Status updateAnnotation(const Annotation &changed);
    Status removeAnnotation(qint64 annotationId);
    // Removes several annotations as one undoable step.
    Status removeAnnotations(const QList<qint64> &annotationIds);
    // Tags every whole-word occurrence of `text` in the article that no
    // annotation with this label covers yet, linked to `entityId` if set.
    // Returns how many were tagged.
    Result<int> tagAllOccurrences(qint64 articleId, qint64 labelId, const QString &text, qint64 entityId = 0);

    struct ReanchorReport {
        int unchanged = 0; // the text at the stored offsets still reads the quote
        int moved = 0; // the quote found verbatim elsewhere
        int fuzzy = 0; // an approximate match in agreeing context
        int orphaned = 0; // not found: kept in place, marked for the user
    };
    // Replaces an article's text with a new version and finds every
    // annotation's text again (one undoable step). Orphans keep their old
    // offsets (clamped to the new text) and are flagged; none is placed on
    // text it was not written for.
    Result<ReanchorReport> reimportArticle(qint64 articleId, const Article &newVersion);

    // To do / in progress / done, for the corpus navigator (undoable).
    Status setArticleStatus(qint64 articleId, ArticleStatus status);

    struct ImportOutcome {
        enum class Kind { Added, Unchanged, NewVersion } kind = Kind::Added;
        qint64 articleId = 0;
        ReanchorReport reanchored; // for a new version
    };
    // Adds an article to the project: the same text is found again by its
    // hash (unchanged); a changed text of an article already there (same
    // document id, or else the same source file) becomes its new version
    // and every annotation is re-anchored (one undoable step).
    Result<ImportOutcome> importArticle(const Article &article);

    // A checker finding confirmed as a translation error: an MT error
    // annotation with its MQM category, and the finding marked accepted.
    Result<qint64> acceptFinding(qint64 articleId, const Finding &finding);
    // A checker finding dismissed for this article.
    Status ignoreFinding(qint64 articleId, const Finding &finding);

    // Creates an entity and links `mentions` to it.
    Result<qint64> createEntity(Entity entity, const QList<qint64> &mentions = {});
    Status updateEntity(const Entity &entity);
    // `merged`'s mentions move to `kept`, its name and aliases become
    // aliases of `kept`, and `merged` is deleted.
    Status mergeEntities(qint64 kept, qint64 merged);
    // Deletes an entity; its mentions stay, unlinked.
    Status deleteEntity(qint64 entityId);

    // A note on an annotation (annotationId) or on an article (articleId).
    Result<qint64> addNote(Note note);
    Status updateNote(const Note &note);
    Status removeNote(qint64 noteId);

    Result<qint64> addRelation(Relation relation);
    Status removeRelation(qint64 relationId);

    // The label schema (annotatorlabels.cpp). A label needs a name, unique
    // ignoring case, and a valid colour; its hotkey is empty or "1".."9".
    // A hotkey that another label holds moves to this label in the same
    // undoable step (the other label is left without one): keys can be
    // handed around without a detour through a free key, and one undo gives
    // both labels their keys back.
    Result<qint64> addLabel(Label label);
    // Refused when it would change the kind of a label that annotations or
    // entities use: a claim's details, an MT error's, an entity's type
    // belong to the kind.
    Status updateLabel(const Label &label);
    // Refused while annotations or entities use the label; the message says
    // how many.
    Status removeLabel(qint64 labelId);

Q_SIGNALS:
    // The annotations (or their notes and relations) of an article changed.
    // `touched` holds the ids of the annotations written, added or deleted
    // (read their current state from the store); empty when more than
    // annotations changed (a new version of the text): read them all.
    void annotationsChanged(qint64 articleId, const QSet<qint64> &touched);
    void entitiesChanged();
    // The label schema changed: a label added, removed, renamed, recoloured,
    // given another key, kind or style.
    void labelsChanged();
    // A redo/undo could not be written (e.g. the disk is full); the command
    // is dropped and the message should reach the user.
    void errorOccurred(const QString &message);
    // Changes wait to be written (`count`, 0 when all are saved); `reason`
    // is why the last write failed.
    void pendingChanged(int count, const QString &reason);

private:
    friend class ChangeCommand;

    // Applies `changes`, pushes them as one undo command, tells the views.
    Status commit(const QString &text, ChangeSet &changes);
    void announce(const ChangeSet &changes);
    Result<QString> articleText(qint64 articleId);
    // Fills the quote selector of `a` from its span; checks the span.
    Status anchor(Annotation &a);
    Result<Label> label(qint64 labelId);
    Result<QString> labelName(qint64 labelId);
    // Adds to `changes` the annotations `ids` as `change` leaves them.
    Status changeAnnotations(ChangeSet &changes, const QList<qint64> &ids,
                             const std::function<void(Annotation &)> &change);
    // Checks `label` (trimmed in place) against the other labels and adds
    // to `changes` the label whose hotkey it takes, if any.
    Status checkLabel(Label &label, ChangeSet &changes);
    // Adds to `changes` the claims whose claimant is the mention or entity,
    // with that claimant removed.
    Status unlinkClaimants(ChangeSet &changes, qint64 mentionId, qint64 entityId);

    ProjectStore *m_store;
    QUndoStack m_undoStack;
    QHash<qint64, QString> m_textCache;
    QString m_author;
    bool m_lastWriteFailed = false;
    struct Pending {
        QString text;
        std::shared_ptr<ChangeSet> changes;
    };
    QList<Pending> m_pending;
    QTimer *m_retryTimer = nullptr;
};

} // namespace Marginalia
