#include "importbatch.h"
#include "trtext.h"

#include "anchoring.h"
#include "projectstore.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QHash>

namespace Marginalia::Exchange {

namespace {

// Colours for labels an import creates: the Okabe–Ito palette first (apart
// for the common colour-vision deficiencies), then Paul Tol's muted set.
const char *const NewLabelColors[] = {"#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
                                      "#882255", "#44aa99", "#117733", "#332288", "#aa4499", "#ddcc77", "#999999"};

class Writer
{
public:
    Writer(ProjectStore &store, bool partial, ImportReport &report)
        : m_store(store)
        , m_partial(partial)
        , m_report(report)
    {
    }

    Status write(const ImportBatch &batch)
    {
        auto labels = m_store.labels();
        if (!labels)
            return makeError(labels.error());
        for (const Label &l : std::as_const(*labels)) {
            m_labels.insert(l.name.toCaseFolded(), l.id);
            m_colorsUsed.insert(l.color.name());
        }
        auto entities = m_store.entities();
        if (!entities)
            return makeError(entities.error());
        m_known = *entities;
        m_projectEntities = m_known.size();
        for (const ImportedEntity &e : batch.entities) {
            if (Status s = writeEntity(e); !s)
                return s;
        }
        for (const ImportedArticle &a : batch.articles) {
            if (Status s = writeArticle(a); !s)
                return s;
        }
        return m_store.addEquivalenceKinds(batch.equivalenceKinds);
    }

private:
    // A problem: skipped in a partial import, the end of a whole one.
    Status problem(const QString &message)
    {
        if (!m_partial)
            return makeError(message);
        m_report.problems << message;
        return {};
    }

    Result<qint64> labelFor(const QString &name, LabelKind kind)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return makeError(ExchangeText::tr("an annotation has no label"));
        const auto found = m_labels.constFind(trimmed.toCaseFolded());
        if (found != m_labels.cend())
            return *found;
        Label label;
        label.name = trimmed;
        label.kind = kind;
        label.style = defaultLabelStyle(kind);
        label.color = QColor(0x99, 0x99, 0x99);
        for (const char *candidate : NewLabelColors) {
            if (!m_colorsUsed.contains(QLatin1String(candidate))) {
                label.color = QColor(QLatin1String(candidate));
                break;
            }
        }
        auto id = m_store.putLabel(label);
        if (!id)
            return makeError(id.error());
        m_labels.insert(trimmed.toCaseFolded(), *id);
        m_colorsUsed.insert(label.color.name());
        ++m_report.labelsCreated;
        return *id;
    }

    // The entity the project (or this batch) already has for `e`: the same
    // Wikidata item; else a project entity of the same type whose name or an
    // alias is e's name, unless both have Wikidata items. Two entities of one
    // batch are the batch's own business: they meet only by Wikidata item.
    Entity *knownEntity(const ImportedEntity &e, qint64 labelId)
    {
        const QString wikidata = e.wikidata.trimmed().toUpper();
        if (!wikidata.isEmpty()) {
            for (Entity &known : m_known) {
                if (known.wikidata.compare(wikidata, Qt::CaseInsensitive) == 0)
                    return &known;
            }
        }
        const QString name = e.name.trimmed().toCaseFolded();
        for (qsizetype i = 0; i < m_projectEntities; ++i) {
            Entity &known = m_known[i];
            if (known.labelId != labelId || (!wikidata.isEmpty() && !known.wikidata.isEmpty()))
                continue;
            if (known.name.trimmed().toCaseFolded() == name)
                return &known;
            for (const QString &alias : std::as_const(known.aliases)) {
                if (alias.trimmed().toCaseFolded() == name)
                    return &known;
            }
        }
        return nullptr;
    }

    // Adds to a known entity what the import knows and it does not: other
    // names as aliases, a Wikidata item, a URL. Nothing it has is replaced.
    static bool fillIn(Entity &known, const ImportedEntity &e)
    {
        bool changed = false;
        QStringList names = e.aliases;
        names.prepend(e.name);
        for (const QString &n : std::as_const(names)) {
            const QString name = n.trimmed();
            if (name.isEmpty() || name.compare(known.name, Qt::CaseInsensitive) == 0
                || known.aliases.contains(name, Qt::CaseInsensitive))
                continue;
            known.aliases << name;
            changed = true;
        }
        if (known.wikidata.isEmpty() && !e.wikidata.trimmed().isEmpty()) {
            known.wikidata = e.wikidata.trimmed();
            changed = true;
        }
        if (known.url.isEmpty() && !e.url.trimmed().isEmpty()) {
            known.url = e.url.trimmed();
            changed = true;
        }
        return changed;
    }

    Status writeEntity(const ImportedEntity &e)
    {
        auto label = labelFor(e.label, LabelKind::Entity);
        if (!label)
            return problem(ExchangeText::tr("entity “%1”: %2").arg(e.name, label.error()));
        if (Entity *known = knownEntity(e, *label)) {
            if (fillIn(*known, e)) {
                known->modified = QDateTime::currentDateTimeUtc();
                if (auto id = m_store.putEntity(*known); !id)
                    return makeError(id.error());
            }
            m_entities.insert(e.key, known->id);
            ++m_report.entitiesMatched;
            return {};
        }
        Entity entity;
        entity.name = e.name;
        entity.labelId = *label;
        entity.aliases = e.aliases;
        entity.wikidata = e.wikidata;
        entity.url = e.url;
        entity.created = entity.modified = QDateTime::currentDateTimeUtc();
        auto id = m_store.putEntity(entity);
        if (!id)
            return makeError(id.error());
        entity.id = *id;
        m_known << entity;
        m_entities.insert(e.key, *id);
        ++m_report.entities;
        return {};
    }

    Status writeArticle(const ImportedArticle &imported)
    {
        const QString name =
            imported.article.documentId.isEmpty() ? imported.article.title : imported.article.documentId;
        auto same = m_store.findArticleBySha256(imported.article.sha256());
        if (!same)
            return makeError(same.error());
        qint64 articleId = 0;
        if (same->has_value()) {
            articleId = **same;
            ++m_report.articlesMatched;
        } else {
            auto id = m_store.importArticle(imported.article);
            if (!id)
                return makeError(id.error());
            articleId = *id;
            if (!imported.metadata.isEmpty()) {
                if (Status s = m_store.setArticleMetadata(articleId, imported.metadata); !s)
                    return s;
            }
            ++m_report.articlesAdded;
        }
        const QString &text = imported.article.text;
        const qint64 length = TextOffsets(text).codePointCount();
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QHash<QString, qint64> byKey;
        QList<std::pair<qint64, const ImportedAnnotation *>> claims;
        for (const ImportedAnnotation &ia : imported.annotations) {
            const QString where = ia.key.isEmpty() ? QStringLiteral("%1–%2").arg(ia.start).arg(ia.end) : ia.key;
            if (ia.start < 0 || ia.end <= ia.start || ia.end > length) {
                if (Status s = problem(
                        ExchangeText::tr("%1: annotation %2: the span %3–%4 is not inside the text (%5 characters)")
                            .arg(name, where)
                            .arg(ia.start)
                            .arg(ia.end)
                            .arg(length));
                    !s)
                    return s;
                continue;
            }
            auto label = labelFor(ia.label, ia.kind);
            if (!label) {
                if (Status s = problem(ExchangeText::tr("%1: annotation %2: %3").arg(name, where, label.error())); !s)
                    return s;
                continue;
            }
            auto selector = makeSelector(text, ia.start, ia.end, SelectorContext);
            if (!selector)
                return makeError(selector.error());
            Annotation a;
            a.articleId = articleId;
            a.labelId = *label;
            a.start = ia.start;
            a.end = ia.end;
            a.quote = selector->exact;
            a.prefix = selector->prefix;
            a.suffix = selector->suffix;
            a.author = ia.author;
            a.created = ia.created.isValid() ? ia.created : now;
            a.modified = ia.modified.isValid() ? ia.modified : a.created;
            if (!ia.entityKey.isEmpty()) {
                const auto entity = m_entities.constFind(ia.entityKey);
                if (entity == m_entities.cend()) {
                    if (Status s = problem(
                            ExchangeText::tr("%1: annotation %2: no entity “%3”").arg(name, where, ia.entityKey));
                        !s)
                        return s;
                } else {
                    a.entityId = *entity;
                }
            }
            a.mtError = ia.mtError;
            if (ia.claim) {
                Claim claim = *ia.claim;
                claim.claimantMention = 0; // set below, once every mention has its id
                claim.claimantEntity = m_entities.value(ia.claimantEntityKey, 0);
                a.claim = claim;
            }
            auto id = m_store.insertAnnotation(a);
            if (!id)
                return makeError(id.error());
            a.id = *id;
            ++m_report.annotations;
            if (!ia.key.isEmpty())
                byKey.insert(ia.key, *id);
            if (ia.claim && !ia.claimantKey.isEmpty())
                claims.append({*id, &ia});
            for (const QString &noteText : ia.notes) {
                Note note; // on the annotation, not on the article (the store wants one of the two)
                note.annotationId = *id;
                note.text = noteText;
                note.author = ia.author;
                note.created = note.modified = now;
                if (auto n = m_store.putNote(note); !n)
                    return makeError(n.error());
            }
        }
        // Claims name their claimant by the mention's key.
        for (const auto &[id, ia] : std::as_const(claims)) {
            const auto mention = byKey.constFind(ia->claimantKey);
            if (mention == byKey.cend()) {
                if (Status s = problem(ExchangeText::tr("%1: claim %2: no mention “%3” for its claimant")
                                           .arg(name, ia->key, ia->claimantKey));
                    !s)
                    return s;
                continue;
            }
            auto stored = m_store.annotation(id);
            if (!stored)
                return makeError(stored.error());
            stored->claim->claimantMention = *mention;
            if (Status s = m_store.updateAnnotation(*stored); !s)
                return s;
        }
        for (const ImportedRelation &r : imported.relations) {
            const auto source = byKey.constFind(r.sourceKey);
            const auto target = byKey.constFind(r.targetKey);
            if (source == byKey.cend() || target == byKey.cend()) {
                if (Status s = problem(ExchangeText::tr("%1: relation %2 %3 → %4: no such annotation")
                                           .arg(name, r.kind, r.sourceKey, r.targetKey));
                    !s)
                    return s;
                continue;
            }
            Relation relation;
            relation.kind = r.kind;
            relation.sourceId = *source;
            relation.targetId = *target;
            relation.created = now;
            if (auto id = m_store.putRelation(relation); !id)
                return makeError(id.error());
        }
        for (const QString &noteText : imported.notes) {
            Note note;
            note.articleId = articleId;
            note.text = noteText;
            note.created = note.modified = now;
            if (auto n = m_store.putNote(note); !n)
                return makeError(n.error());
        }
        return {};
    }

    ProjectStore &m_store;
    bool m_partial;
    ImportReport &m_report;
    QHash<QString, qint64> m_labels; // case-folded name → id
    QSet<QString> m_colorsUsed;
    QHash<QString, qint64> m_entities; // batch key → id
    QList<Entity> m_known; // the project's, then those this import adds
    qsizetype m_projectEntities = 0;
};

} // namespace

Result<ImportReport> commit(ProjectStore &store, const ImportBatch &batch, bool partial)
{
    if (store.readOnly())
        return makeError(ExchangeText::tr("This project is open read-only here: nothing can be imported into it."));
    if (!batch.problems.isEmpty() && !partial)
        return makeError(ExchangeText::tr("Nothing was imported. %Ln problem(s):", nullptr, int(batch.problems.size()))
                         + u'\n' + batch.problems.join(u'\n'));
    ImportReport report;
    report.problems = batch.problems;
    Writer writer(store, partial, report);
    if (Status s = store.inTransaction([&] { return writer.write(batch); }); !s)
        return makeError(ExchangeText::tr("Nothing was imported: %1").arg(s.error()));
    return report;
}

} // namespace Marginalia::Exchange
