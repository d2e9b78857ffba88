#include "annotator.h"

#include "anchoring.h"
#include "annotationcommands.h"
#include "projectstore.h"
#include "textoffsets.h"
#include "tokenizer.h"

#include <QCoreApplication>

namespace Marginalia {

namespace {

AnnotationRecord recordOf(const Annotation &a)
{
    return {a, {}, {}};
}

} // namespace

Annotator::Annotator(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setInterval(5000);
    connect(m_retryTimer, &QTimer::timeout, this, &Annotator::retryPending);
}

Annotator::~Annotator() = default;

Result<QString> Annotator::articleText(qint64 articleId)
{
    if (auto it = m_textCache.constFind(articleId); it != m_textCache.cend())
        return *it;
    auto article = m_store->article(articleId);
    if (!article)
        return makeError(article.error());
    m_textCache.insert(articleId, article->text);
    return article->text;
}

Result<Label> Annotator::label(qint64 labelId)
{
    auto labels = m_store->labels();
    if (!labels)
        return makeError(labels.error());
    for (const Label &l : std::as_const(*labels)) {
        if (l.id == labelId)
            return l;
    }
    return makeError(tr("There is no label %1 in this project.").arg(labelId));
}

Result<QString> Annotator::labelName(qint64 labelId)
{
    auto l = label(labelId);
    if (!l)
        return makeError(l.error());
    return l->name;
}

Status Annotator::anchor(Annotation &a)
{
    auto text = articleText(a.articleId);
    if (!text)
        return makeError(text.error());
    auto selector = makeSelector(*text, a.start, a.end, QuoteContext);
    if (!selector)
        return makeError(selector.error());
    a.quote = selector->exact;
    a.prefix = selector->prefix;
    a.suffix = selector->suffix;
    return {};
}

Status Annotator::commit(const QString &text, ChangeSet &changes)
{
    if (changes.changes.isEmpty())
        return {};
    if (m_store->readOnly())
        return makeError(tr("This project is open read-only here (it is open for writing in another window); "
                            "nothing was changed."));
    m_lastWriteFailed = false;
    // Behind changes that wait, a change waits too: they are written in order.
    Status s = m_pending.isEmpty() ? changes.applyForward(*m_store)
                                   : Status(makeError(tr("earlier changes are not saved yet")));
    if (!s) {
        m_lastWriteFailed = true;
        m_pending.append({text, std::make_shared<ChangeSet>(changes)});
        m_retryTimer->start();
        Q_EMIT pendingChanged(int(m_pending.size()), s.error());
        return makeError(tr("“%1” could not be saved (%2). It is kept, and Marginalia tries again every few "
                            "seconds: nothing is lost while the program stays open.")
                             .arg(text, s.error()));
    }
    announce(changes);
    m_undoStack.push(new ChangeCommand(*this, text, changes));
    return {};
}

int Annotator::retryPending()
{
    QString reason;
    while (!m_pending.isEmpty()) {
        Pending &next = m_pending.first();
        if (Status s = next.changes->applyForward(*m_store); !s) {
            reason = s.error();
            break;
        }
        announce(*next.changes);
        m_undoStack.push(new ChangeCommand(*this, next.text, *next.changes));
        m_pending.removeFirst();
    }
    if (m_pending.isEmpty())
        m_retryTimer->stop();
    Q_EMIT pendingChanged(int(m_pending.size()), reason);
    return int(m_pending.size());
}

Status Annotator::moveTo(ProjectStore &copy)
{
    if (copy.readOnly())
        return makeError(tr("The new project file is read-only."));
    // The copy holds what the old file held; the waiting changes follow in
    // their order, each in its own transaction, as they would have there.
    for (const Pending &p : std::as_const(m_pending)) {
        if (Status s = p.changes->applyForward(copy); !s)
            return makeError(tr("“%1” could not be saved in the new file either: %2").arg(p.text, s.error()));
    }
    m_store = &copy;
    m_textCache.clear();
    m_lastWriteFailed = false;
    const QList<Pending> written = std::exchange(m_pending, {});
    m_retryTimer->stop();
    for (const Pending &p : written) {
        announce(*p.changes);
        m_undoStack.push(new ChangeCommand(*this, p.text, *p.changes));
    }
    Q_EMIT pendingChanged(0, QString());
    return {};
}

void Annotator::announce(const ChangeSet &changes)
{
    // Which annotations the change wrote, whichever way it went (redo, undo,
    // retry): a window with 10,000 annotations re-reads those, not all.
    QSet<qint64> touched;
    bool everything = false;
    auto note = [&touched, &everything](const std::optional<Record> &record) {
        if (!record)
            return;
        if (const auto *a = std::get_if<AnnotationRecord>(&*record))
            touched << a->annotation.id;
        else if (std::holds_alternative<StoredArticle>(*record))
            everything = true; // the text itself changed: every span may have moved
    };
    for (const RecordChange &c : changes.changes) {
        note(c.before);
        note(c.after);
    }
    touched.remove(0);
    if (everything)
        touched.clear();
    for (qint64 id : changes.articleIds) {
        m_textCache.remove(id); // a new version of the text may have come or gone
        Q_EMIT annotationsChanged(id, touched);
    }
    if (changes.entitiesChange)
        Q_EMIT entitiesChanged();
    if (changes.labelsChange)
        Q_EMIT labelsChanged();
}

Result<qint64> Annotator::addAnnotation(qint64 articleId, qint64 labelId, qint64 start, qint64 end)
{
    Annotation draft;
    draft.articleId = articleId;
    draft.labelId = labelId;
    draft.start = start;
    draft.end = end;
    return addAnnotation(draft);
}

Result<qint64> Annotator::addAnnotation(Annotation draft)
{
    auto tagLabel = label(draft.labelId);
    if (!tagLabel)
        return makeError(tagLabel.error());
    if (Status s = anchor(draft); !s)
        return makeError(s.error());
    // A claim or an MT error tagged with one key starts with its details
    // unset, so that every claim has a verdict and every error a category.
    if (tagLabel->kind == LabelKind::Claim && !draft.claim)
        draft.claim = Claim{};
    if (tagLabel->kind == LabelKind::MtError && !draft.mtError)
        draft.mtError = MtError{QStringLiteral("Other"), MqmSeverity::Minor, {}, {}};
    const QString labelText = tagLabel->name;
    draft.id = 0;
    draft.author = m_author;
    draft.created = draft.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.changes.append({std::nullopt, recordOf(draft)});
    changes.articleIds.insert(draft.articleId);
    if (Status s = commit(tr("Tag “%1” as %2").arg(draft.quote.left(40), labelText), changes); !s)
        return makeError(s.error());
    return std::get<AnnotationRecord>(*changes.changes.constFirst().after).annotation.id;
}

Status Annotator::updateAnnotation(const Annotation &changed)
{
    auto before = m_store->annotationRecord(changed.id);
    if (!before)
        return makeError(before.error());
    AnnotationRecord after = *before;
    after.annotation = changed;
    after.annotation.articleId = before->annotation.articleId;
    after.annotation.created = before->annotation.created;
    // A new span, or an orphan placed where it already was: the quote
    // selector is the text there now.
    if (changed.start != before->annotation.start || changed.end != before->annotation.end
        || (before->annotation.orphan && !changed.orphan)) {
        if (Status s = anchor(after.annotation); !s)
            return s;
        after.annotation.orphan = false; // placed by the user
    }
    if (auto label = labelName(changed.labelId); !label)
        return makeError(label.error());
    after.annotation.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.changes.append({*before, after});
    changes.articleIds.insert(after.annotation.articleId);
    return commit(tr("Edit “%1”").arg(after.annotation.quote.left(40)), changes);
}

Status Annotator::removeAnnotation(qint64 annotationId)
{
    return removeAnnotations({annotationId});
}

Status Annotator::changeAnnotations(ChangeSet &changes, const QList<qint64> &ids,
                                    const std::function<void(Annotation &)> &change)
{
    for (qint64 id : ids) {
        auto record = m_store->annotationRecord(id);
        if (!record)
            return makeError(record.error());
        AnnotationRecord after = *record;
        change(after.annotation);
        changes.articleIds.insert(after.annotation.articleId);
        changes.changes.append({*record, after});
    }
    return {};
}

Status Annotator::unlinkClaimants(ChangeSet &changes, qint64 mentionId, qint64 entityId)
{
    // Explicitly rather than through ON DELETE SET NULL, so that undo links
    // the claims to their claimant again.
    auto claims = m_store->claimsNaming(mentionId, entityId);
    if (!claims)
        return makeError(claims.error());
    return changeAnnotations(changes, *claims, [mentionId, entityId](Annotation &a) {
        if (mentionId > 0 && a.claim->claimantMention == mentionId)
            a.claim->claimantMention = 0;
        if (entityId > 0 && a.claim->claimantEntity == entityId)
            a.claim->claimantEntity = 0;
    });
}

Status Annotator::removeAnnotations(const QList<qint64> &annotationIds)
{
    ChangeSet changes;
    QString first;
    for (qint64 id : annotationIds) {
        auto record = m_store->annotationRecord(id);
        if (!record)
            return makeError(record.error());
        if (Status s = unlinkClaimants(changes, id, 0); !s)
            return s;
        // The finding this error was accepted from opens again; undo accepts it again.
        auto statuses = m_store->findingStatuses(record->annotation.articleId);
        if (!statuses)
            return makeError(statuses.error());
        for (const FindingStatus &f : std::as_const(*statuses)) {
            if (f.annotationId == id)
                changes.changes.append({f, std::nullopt});
        }
        first = first.isEmpty() ? record->annotation.quote.left(40) : first;
        changes.articleIds.insert(record->annotation.articleId);
        changes.changes.append({*record, std::nullopt});
    }
    const QString text = annotationIds.size() == 1 ? tr("Remove tag “%1”").arg(first)
                                                   : tr("Remove %Ln tag(s)", nullptr, int(annotationIds.size()));
    return commit(text, changes);
}

Result<int> Annotator::tagAllOccurrences(qint64 articleId, qint64 labelId, const QString &text, qint64 entityId)
{
    auto label = labelName(labelId);
    if (!label)
        return makeError(label.error());
    auto article = articleText(articleId);
    if (!article)
        return makeError(article.error());
    auto existing = m_store->annotations(articleId);
    if (!existing)
        return makeError(existing.error());
    if (text.trimmed().isEmpty())
        return makeError(tr("There is nothing to look for."));
    const TextOffsets offsets(*article);
    ChangeSet changes;
    changes.articleIds.insert(articleId);
    for (qsizetype at = article->indexOf(text); at >= 0; at = article->indexOf(text, at + text.size())) {
        // Whole words only: "Kiev" is not tagged inside "Kievan".
        const Token word = Tokenizer::snapToWords(*article, at, at + text.size());
        if (word.start != at || word.end != at + text.size())
            continue;
        Annotation a;
        a.articleId = articleId;
        a.labelId = labelId;
        a.start = offsets.toCodePoint(at);
        a.end = offsets.toCodePoint(at + text.size());
        const bool covered = std::any_of(existing->cbegin(), existing->cend(), [&a](const Annotation &e) {
            return e.labelId == a.labelId && e.start <= a.start && e.end >= a.end;
        });
        if (covered)
            continue;
        if (Status s = anchor(a); !s)
            return makeError(s.error());
        a.entityId = entityId;
        a.author = m_author;
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        changes.changes.append({std::nullopt, recordOf(a)});
    }
    const int count = int(changes.changes.size());
    if (Status s =
            commit(tr("Tag %Ln occurrence(s) of “%1” as %2", nullptr, count).arg(text.left(40), *label), changes);
        !s)
        return makeError(s.error());
    return count;
}

Result<Annotator::ReanchorReport> Annotator::reimportArticle(qint64 articleId, const Article &newVersion)
{
    auto before = m_store->article(articleId);
    if (!before)
        return makeError(before.error());
    auto annotations = m_store->annotations(articleId);
    if (!annotations)
        return makeError(annotations.error());
    StoredArticle after = *before;
    after.text = newVersion.text;
    after.sha256 = newVersion.sha256();
    after.bodyLength = newVersion.bodyLength;
    after.title = newVersion.title;
    after.language = newVersion.language;
    after.documentId = newVersion.documentId;
    after.sourcePath = newVersion.sourcePath;
    after.sourceFormat = newVersion.sourceFormat;

    QList<TextSelector> selectors;
    for (const Annotation &a : std::as_const(*annotations))
        selectors.append(selectorOf(a));
    const QList<Placement> placements = reanchorAll(newVersion.text, selectors);
    const qint64 length = TextOffsets(newVersion.text).codePointCount();

    ChangeSet changes;
    changes.articleIds.insert(articleId);
    changes.changes.append({*before, after});
    m_textCache.insert(articleId, newVersion.text); // anchor() reads the new text
    ReanchorReport report;
    for (qsizetype i = 0; i < annotations->size(); ++i) {
        auto record = m_store->annotationRecord(annotations->at(i).id);
        if (!record)
            return makeError(record.error());
        AnnotationRecord moved = *record;
        Annotation &a = moved.annotation;
        const Placement &p = placements.at(i);
        if (p.outcome == AnchorOutcome::Orphan) {
            ++report.orphaned;
            // Where it was, inside the new text; the quote stays the old one.
            a.end = std::clamp<qint64>(a.end, 1, std::max<qint64>(1, length));
            a.start = std::clamp<qint64>(a.start, 0, a.end - 1);
            a.orphan = true;
        } else {
            report.unchanged += p.outcome == AnchorOutcome::Position;
            report.moved += p.outcome == AnchorOutcome::Exact;
            report.fuzzy += p.outcome == AnchorOutcome::Fuzzy;
            a.start = p.start;
            a.end = p.end;
            a.orphan = false;
            if (Status s = anchor(a); !s)
                return makeError(s.error());
        }
        if (moved != *record)
            changes.changes.append({*record, moved});
    }
    if (Status s = commit(tr("New version of “%1”").arg(after.title.left(40)), changes); !s) {
        m_textCache.remove(articleId);
        return makeError(s.error());
    }
    return report;
}

Result<qint64> Annotator::acceptFinding(qint64 articleId, const Finding &finding)
{
    auto labels = m_store->labels();
    if (!labels)
        return makeError(labels.error());
    const auto label =
        std::find_if(labels->cbegin(), labels->cend(), [](const Label &l) { return l.kind == LabelKind::MtError; });
    if (label == labels->cend())
        return makeError(tr("This project has no label for MT errors; add one in the label editor."));
    Annotation a;
    a.articleId = articleId;
    a.labelId = label->id;
    a.start = finding.start;
    a.end = finding.end;
    if (Status s = anchor(a); !s)
        return makeError(s.error());
    a.author = m_author;
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    const MqmSeverity severity = finding.severity == Severity::Major ? MqmSeverity::Major : MqmSeverity::Minor;
    a.mtError = MtError{mqmCategory(finding.category), severity, finding.suggestions.value(0), finding.rule};

    // One step: the annotation, and the finding's status pointing to it.
    ChangeSet changes;
    changes.articleIds.insert(articleId);
    changes.changes.append({std::nullopt, recordOf(a)});
    FindingStatus status{0, articleId, finding.rule, finding.start, finding.end, finding.text, true, 0};
    changes.changes.append({std::nullopt, status, 0});
    if (Status s = commit(tr("Accept “%1” as an MT error").arg(finding.text.left(40)), changes); !s)
        return makeError(s.error());
    return std::get<AnnotationRecord>(*changes.changes.constFirst().after).annotation.id;
}

Result<Annotator::ImportOutcome> Annotator::importArticle(const Article &article)
{
    if (m_store->readOnly())
        return makeError(tr("This project is open read-only here: articles cannot be added to it."));
    auto same = m_store->findArticleBySha256(article.sha256());
    if (!same)
        return makeError(same.error());
    if (same->has_value())
        return ImportOutcome{ImportOutcome::Kind::Unchanged, **same, {}};
    auto earlier = m_store->findArticleByOrigin(article.documentId, article.sourcePath);
    if (!earlier)
        return makeError(earlier.error());
    if (earlier->has_value()) {
        auto report = reimportArticle(**earlier, article);
        if (!report)
            return makeError(report.error());
        return ImportOutcome{ImportOutcome::Kind::NewVersion, **earlier, *report};
    }
    auto id = m_store->importArticle(article);
    if (!id)
        return makeError(id.error());
    return ImportOutcome{ImportOutcome::Kind::Added, *id, {}};
}

Status Annotator::setArticleStatus(qint64 articleId, ArticleStatus status)
{
    auto article = m_store->article(articleId);
    if (!article)
        return makeError(article.error());
    if (article->status == status)
        return {};
    ChangeSet changes;
    changes.articleIds.insert(articleId);
    changes.changes.append({ArticleStatusRecord{articleId, article->status}, ArticleStatusRecord{articleId, status}});
    const QString name = status == ArticleStatus::Done ? tr("done")
        : status == ArticleStatus::InProgress          ? tr("in progress")
                                                       : tr("to do");
    return commit(
        tr("Mark “%1” as %2").arg(article->documentId.isEmpty() ? article->title.left(40) : article->documentId, name),
        changes);
}

Status Annotator::ignoreFinding(qint64 articleId, const Finding &finding)
{
    FindingStatus status{0, articleId, finding.rule, finding.start, finding.end, finding.text, false, 0};
    ChangeSet changes;
    changes.articleIds.insert(articleId);
    changes.changes.append({std::nullopt, status});
    return commit(tr("Ignore “%1”").arg(finding.text.left(40)), changes);
}

Result<qint64> Annotator::createEntity(Entity entity, const QList<qint64> &mentions)
{
    if (entity.name.trimmed().isEmpty())
        return makeError(tr("An entity needs a name."));
    if (auto label = labelName(entity.labelId); !label)
        return makeError(label.error());
    entity.id = 0;
    entity.created = entity.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.entitiesChange = true;
    changes.changes.append({std::nullopt, entity});
    // The mentions point to the entity once it has its id (when written).
    if (Status s = changeAnnotations(changes, mentions, [](Annotation &) {}); !s)
        return makeError(s.error());
    for (qsizetype i = 1; i < changes.changes.size(); ++i)
        changes.changes[i].refersTo = 0;
    if (Status s = commit(tr("New entity “%1”").arg(entity.name.left(40)), changes); !s)
        return makeError(s.error());
    return std::get<Entity>(*changes.changes.constFirst().after).id;
}

Status Annotator::updateEntity(const Entity &entity)
{
    auto before = m_store->entity(entity.id);
    if (!before)
        return makeError(before.error());
    if (entity.name.trimmed().isEmpty())
        return makeError(tr("An entity needs a name."));
    Entity after = entity;
    after.created = before->created;
    after.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.entitiesChange = true;
    changes.changes.append({*before, after});
    return commit(tr("Edit entity “%1”").arg(entity.name.left(40)), changes);
}

Status Annotator::mergeEntities(qint64 kept, qint64 merged)
{
    if (kept == merged)
        return makeError(tr("An entity cannot be merged with itself."));
    auto keptBefore = m_store->entity(kept);
    auto mergedBefore = m_store->entity(merged);
    if (!keptBefore || !mergedBefore)
        return makeError(!keptBefore ? keptBefore.error() : mergedBefore.error());
    auto mentions = m_store->mentions(merged);
    if (!mentions)
        return makeError(mentions.error());
    ChangeSet changes;
    changes.entitiesChange = true;
    if (Status s = changeAnnotations(changes, *mentions, [kept](Annotation &a) { a.entityId = kept; }); !s)
        return s;
    // Claims made by the merged entity are now made by the kept one.
    auto claims = m_store->claimsNaming(0, merged);
    if (!claims)
        return makeError(claims.error());
    if (Status s = changeAnnotations(changes, *claims, [kept](Annotation &a) { a.claim->claimantEntity = kept; }); !s)
        return s;
    Entity keptAfter = *keptBefore;
    for (const QString &alias : QStringList{mergedBefore->name} + mergedBefore->aliases) {
        if (alias != keptAfter.name && !keptAfter.aliases.contains(alias))
            keptAfter.aliases.append(alias);
    }
    keptAfter.modified = QDateTime::currentDateTimeUtc();
    changes.changes.append({*keptBefore, keptAfter});
    changes.changes.append({*mergedBefore, std::nullopt});
    return commit(tr("Merge “%1” into “%2”").arg(mergedBefore->name.left(40), keptBefore->name.left(40)), changes);
}

Status Annotator::deleteEntity(qint64 entityId)
{
    auto before = m_store->entity(entityId);
    if (!before)
        return makeError(before.error());
    auto mentions = m_store->mentions(entityId);
    if (!mentions)
        return makeError(mentions.error());
    ChangeSet changes;
    changes.entitiesChange = true;
    if (Status s = unlinkClaimants(changes, 0, entityId); !s)
        return s;
    // Unlink explicitly (rather than through ON DELETE SET NULL) so that
    // undo links the mentions again.
    if (Status s = changeAnnotations(changes, *mentions, [](Annotation &a) { a.entityId = 0; }); !s)
        return s;
    changes.changes.append({*before, std::nullopt});
    return commit(tr("Delete entity “%1”").arg(before->name.left(40)), changes);
}

Result<qint64> Annotator::addNote(Note note)
{
    if ((note.articleId > 0) == (note.annotationId > 0))
        return makeError(tr("A note belongs to one article or one annotation."));
    qint64 articleId = note.articleId;
    if (note.annotationId > 0) {
        auto a = m_store->annotation(note.annotationId);
        if (!a)
            return makeError(a.error());
        articleId = a->articleId;
    }
    note.id = 0;
    note.author = m_author;
    note.created = note.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.articleIds.insert(articleId);
    changes.changes.append({std::nullopt, note});
    if (Status s = commit(tr("Add a note"), changes); !s)
        return makeError(s.error());
    return std::get<Note>(*changes.changes.constFirst().after).id;
}

Status Annotator::updateNote(const Note &note)
{
    auto before = m_store->note(note.id);
    if (!before)
        return makeError(before.error());
    auto articleId = m_store->noteArticle(*before);
    if (!articleId)
        return makeError(articleId.error());
    Note after = *before;
    after.text = note.text;
    after.modified = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.articleIds.insert(*articleId);
    changes.changes.append({*before, after});
    return commit(tr("Edit a note"), changes);
}

Status Annotator::removeNote(qint64 noteId)
{
    auto before = m_store->note(noteId);
    if (!before)
        return makeError(before.error());
    auto articleId = m_store->noteArticle(*before);
    if (!articleId)
        return makeError(articleId.error());
    ChangeSet changes;
    changes.articleIds.insert(*articleId);
    changes.changes.append({*before, std::nullopt});
    return commit(tr("Remove a note"), changes);
}

Result<qint64> Annotator::addRelation(Relation relation)
{
    auto source = m_store->annotation(relation.sourceId);
    auto target = m_store->annotation(relation.targetId);
    if (!source || !target)
        return makeError(!source ? source.error() : target.error());
    if (relation.sourceId == relation.targetId)
        return makeError(tr("A relation links two different annotations."));
    if (relation.kind.trimmed().isEmpty())
        return makeError(tr("A relation needs a kind."));
    relation.id = 0;
    relation.created = QDateTime::currentDateTimeUtc();
    ChangeSet changes;
    changes.articleIds.insert(source->articleId);
    changes.articleIds.insert(target->articleId);
    changes.changes.append({std::nullopt, relation});
    if (Status s = commit(tr("Link “%1” to “%2”").arg(source->quote.left(30), target->quote.left(30)), changes); !s)
        return makeError(s.error());
    return std::get<Relation>(*changes.changes.constFirst().after).id;
}

Status Annotator::removeRelation(qint64 relationId)
{
    auto before = m_store->relation(relationId);
    if (!before)
        return makeError(before.error());
    auto source = m_store->annotation(before->sourceId);
    if (!source)
        return makeError(source.error());
    ChangeSet changes;
    changes.articleIds.insert(source->articleId);
    changes.changes.append({*before, std::nullopt});
    return commit(tr("Remove a link"), changes);
}

} // namespace Marginalia
