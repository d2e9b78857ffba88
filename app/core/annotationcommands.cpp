#include "annotationcommands.h"

#include "annotator.h"
#include "projectstore.h"

namespace Marginalia {

namespace {

// Writes a record; a new one (id 0) gets its id written back.
Status put(ProjectStore &store, Record &record)
{
    auto assign = [](auto &id, const Result<qint64> &result) -> Status {
        if (!result)
            return makeError(result.error());
        id = *result;
        return {};
    };
    return std::visit(
        [&](auto &r) -> Status {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, AnnotationRecord>)
                return assign(r.annotation.id, store.putAnnotationRecord(r));
            else if constexpr (std::is_same_v<T, Entity>)
                return assign(r.id, store.putEntity(r));
            else if constexpr (std::is_same_v<T, Note>)
                return assign(r.id, store.putNote(r));
            else if constexpr (std::is_same_v<T, Relation>)
                return assign(r.id, store.putRelation(r));
            else if constexpr (std::is_same_v<T, FindingStatus>)
                return assign(r.id, store.putFindingStatus(r));
            else if constexpr (std::is_same_v<T, ArticleStatusRecord>)
                return store.setArticleStatus(r.id, r.status);
            else if constexpr (std::is_same_v<T, Label>)
                return assign(r.id, store.putLabel(r));
            else
                return store.updateArticle(r);
        },
        record);
}

Status remove(ProjectStore &store, const Record &record)
{
    return std::visit(
        [&](const auto &r) -> Status {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, AnnotationRecord>)
                return store.deleteAnnotation(r.annotation.id);
            else if constexpr (std::is_same_v<T, Entity>)
                return store.deleteEntity(r.id);
            else if constexpr (std::is_same_v<T, Note>)
                return store.deleteNote(r.id);
            else if constexpr (std::is_same_v<T, Relation>)
                return store.deleteRelation(r.id);
            else if constexpr (std::is_same_v<T, FindingStatus>)
                return store.deleteFindingStatus(r.id);
            else if constexpr (std::is_same_v<T, Label>)
                return store.deleteLabel(r.id);
            else
                return Status(
                    makeError(QStringLiteral("an article (or its status) is not deleted through a change set")));
        },
        record);
}

qint64 idOf(const Record &record)
{
    return std::visit(
        [](const auto &r) -> qint64 {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, AnnotationRecord>)
                return r.annotation.id;
            else
                return r.id;
        },
        record);
}

// Points `record` at the record `id` (see RecordChange::refersTo).
Status setReference(Record &record, qint64 id)
{
    if (auto *status = std::get_if<FindingStatus>(&record))
        status->annotationId = id;
    else if (auto *mention = std::get_if<AnnotationRecord>(&record))
        mention->annotation.entityId = id;
    else if (auto *note = std::get_if<Note>(&record))
        note->annotationId = id;
    else
        return makeError(QStringLiteral("this kind of record refers to no other"));
    return {};
}

} // namespace

Status ChangeSet::applyForward(ProjectStore &store)
{
    return store.inTransaction([&]() -> Status {
        for (RecordChange &change : changes) {
            if (change.refersTo >= 0 && change.after) {
                if (change.refersTo >= changes.size() || !changes.at(change.refersTo).after)
                    return makeError(QStringLiteral("a change refers to no written record"));
                if (Status s = setReference(*change.after, idOf(*changes.at(change.refersTo).after)); !s)
                    return s;
            }
            Status s = change.after ? put(store, *change.after) : remove(store, *change.before);
            if (!s)
                return s;
        }
        return {};
    });
}

Status ChangeSet::applyBackward(ProjectStore &store)
{
    return store.inTransaction([&]() -> Status {
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
            Status s = it->before ? put(store, *it->before) : remove(store, *it->after);
            if (!s)
                return s;
        }
        return {};
    });
}

ChangeCommand::ChangeCommand(Annotator &annotator, const QString &text, ChangeSet changes)
    : m_annotator(annotator)
    , m_changes(std::move(changes))
{
    setText(text);
}

void ChangeCommand::undo()
{
    if (Status s = m_changes.applyBackward(m_annotator.store()); !s) {
        Q_EMIT m_annotator.errorOccurred(s.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
    m_annotator.announce(m_changes);
}

void ChangeCommand::redo()
{
    if (m_applied)
        return; // written by the Annotator before the push
    if (Status s = m_changes.applyForward(m_annotator.store()); !s) {
        Q_EMIT m_annotator.errorOccurred(s.error());
        setObsolete(true);
        return;
    }
    m_applied = true;
    m_annotator.announce(m_changes);
}

} // namespace Marginalia
