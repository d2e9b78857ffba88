#pragma once
// Writes an ImportBatch into a project through the Annotator, one step at a
// time, so that exchange tests can export what an importer read. A test
// helper only: the product writes batches with Exchange::commit(), in one
// transaction.

#include "annotator.h"
#include "exchange/importbatch.h"
#include "projectstore.h"

#include <QColor>
#include <QHash>

namespace Marginalia::TestSupport {

inline Result<qint64> labelFor(ProjectStore &store, Annotator &annotator, const QString &name, LabelKind kind)
{
    auto labels = store.labels();
    if (!labels)
        return makeError(labels.error());
    for (const Label &l : std::as_const(*labels)) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return l.id;
    }
    Label label;
    label.name = name;
    label.kind = kind;
    label.color = QColor(Qt::darkCyan);
    label.style = defaultLabelStyle(kind);
    return annotator.addLabel(label);
}

// Returns the ids of the articles written, in the batch's order.
inline Result<QList<qint64>> storeBatch(ProjectStore &store, Annotator &annotator, const Exchange::ImportBatch &batch)
{
    QHash<QString, qint64> entities; // entity key -> id
    QList<qint64> articleIds;
    for (const Exchange::ImportedArticle &imported : batch.articles) {
        auto articleId = store.importArticle(imported.article);
        if (!articleId)
            return makeError(articleId.error());
        articleIds << *articleId;
        QHash<QString, qint64> ids; // annotation key -> id
        for (const Exchange::ImportedAnnotation &a : imported.annotations) {
            auto labelId = labelFor(store, annotator, a.label, a.kind);
            if (!labelId)
                return makeError(labelId.error());
            Annotation draft;
            draft.articleId = *articleId;
            draft.labelId = *labelId;
            draft.start = a.start;
            draft.end = a.end;
            draft.claim = a.claim;
            draft.mtError = a.mtError;
            draft.entityId = entities.value(a.entityKey);
            auto id = annotator.addAnnotation(draft);
            if (!id)
                return makeError(QStringLiteral("%1 %2: %3").arg(imported.article.documentId, a.key, id.error()));
            ids.insert(a.key, *id);
            if (!a.entityKey.isEmpty() && !entities.contains(a.entityKey)) {
                const auto e = std::find_if(batch.entities.cbegin(), batch.entities.cend(),
                                            [&a](const Exchange::ImportedEntity &x) { return x.key == a.entityKey; });
                if (e == batch.entities.cend())
                    return makeError(QStringLiteral("no entity %1").arg(a.entityKey));
                Entity entity;
                entity.name = e->name;
                entity.labelId = *labelId;
                entity.wikidata = e->wikidata;
                entity.url = e->url;
                entity.aliases = e->aliases;
                auto entityId = annotator.createEntity(entity, {*id});
                if (!entityId)
                    return makeError(entityId.error());
                entities.insert(a.entityKey, *entityId);
            }
            for (const QString &text : a.notes) {
                Note note;
                note.annotationId = *id;
                note.text = text;
                if (auto n = annotator.addNote(note); !n)
                    return makeError(n.error());
            }
        }
        for (const Exchange::ImportedAnnotation &a : imported.annotations) {
            if (a.claimantKey.isEmpty())
                continue;
            auto stored = store.annotation(ids.value(a.key));
            if (!stored)
                return makeError(stored.error());
            stored->claim->claimantMention = ids.value(a.claimantKey);
            if (Status s = annotator.updateAnnotation(*stored); !s)
                return makeError(s.error());
        }
        for (const Exchange::ImportedRelation &r : imported.relations) {
            Relation relation;
            relation.kind = r.kind;
            relation.sourceId = ids.value(r.sourceKey);
            relation.targetId = ids.value(r.targetKey);
            if (auto id = annotator.addRelation(relation); !id)
                return makeError(id.error());
        }
    }
    return articleIds;
}

} // namespace Marginalia::TestSupport
