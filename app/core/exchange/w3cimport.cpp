#include "w3cimport.h"
#include "trtext.h"

#include "anchoring.h"
#include "projectstore.h"
#include "w3cselectors.h"
#include "w3cvocab.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Marginalia::Exchange::W3cImport {

namespace {

using namespace W3cVocab;
using namespace W3cSelectors;

// Pages chained by embedded `next` objects.
constexpr int MaxPages = 100000;

// An IRI given as a string or as an object with an id.
QString iriOf(const QJsonValue &v)
{
    const QJsonValue one = first(v);
    return one.isString() ? one.toString() : one.toObject().value(QLatin1String("id")).toString();
}

QString authorOf(const QJsonValue &creator)
{
    const QJsonValue one = first(creator);
    if (one.isString())
        return one.toString();
    const QJsonObject agent = one.toObject();
    for (const char *key : {"name", "nickname", "id"}) {
        const QString value = first(agent.value(QLatin1String(key))).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// xsd:dateTime; invalid when absent or malformed (the import's time is used).
QDateTime dateTimeOf(const QJsonValue &v)
{
    return QDateTime::fromString(first(v).toString(), Qt::ISODateWithMs);
}

// Bodies with Choices resolved to their first (default) item and lists
// flattened.
void flatten(const QJsonValue &v, QList<QJsonValue> &out, int depth = 0)
{
    if (depth > MaxNesting)
        return;
    if (v.isArray()) {
        for (const auto &item : v.toArray())
            flatten(item, out, depth + 1);
        return;
    }
    const QJsonObject o = v.toObject();
    if (v.isObject() && hasType(o, "Choice")) {
        flatten(first(o.value(QLatin1String("items"))), out, depth + 1);
    } else if (v.isObject() && (hasType(o, "Composite") || hasType(o, "List") || hasType(o, "Independents"))) {
        flatten(o.value(QLatin1String("items")), out, depth + 1);
    } else if (v.isString() || v.isObject()) {
        out << v;
    }
}

// An article of the batch, with its text as code points for placing spans.
struct ArticleSlot {
    qint64 storeId = 0;
    QList<uint> codePoints;
    QHash<QString, qsizetype> annotationIndex; // by key
};

struct PendingClaimant {
    qsizetype article = 0;
    qsizetype annotation = 0;
    QJsonValue resource;
    QString where; // "file: annotation id"
};

struct PendingRelation {
    QString sourceKey;
    QString targetKey;
    QString kind;
    QString where;
};

// What the bodies of one annotation say.
struct Bodies {
    QString label;
    std::optional<LabelKind> kind;
    QStringList extraTags;
    QStringList notes;
    QString entityKey;
    std::optional<Claim> claim;
    QList<QJsonValue> claimants;
    std::optional<MtError> mtError;
    QString correction;
    QStringList linked; // IRIs of plain resource bodies
};

class Reader
{
public:
    explicit Reader(ProjectStore &store)
        : m_store(store)
    {
    }

    ImportBatch batch;
    QString fatal; // the project could not be read

    void readFile(const QString &path)
    {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            batch.problems << ExchangeText::tr("%1: cannot read: %2").arg(name, file.errorString());
            return;
        }
        readBytes(name, file.readAll());
    }

    void readBytes(const QString &name, const QByteArray &data)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            batch.problems
                << ExchangeText::tr("%1: not JSON: %2 at byte %3").arg(name, error.errorString()).arg(error.offset);
            return;
        }
        m_file = name;
        m_counter = 0;
        readTop(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    }

    void finish()
    {
        resolveClaimants();
        resolveRelations();
        // An entity needs a type; one that came without is "Other".
        for (ImportedEntity &e : batch.entities) {
            if (e.label.isEmpty())
                e.label = defaultLabel(LabelKind::Entity);
        }
    }

private:
    ProjectStore &m_store;
    QString m_file;
    int m_counter = 0;
    QList<ArticleSlot> m_slots; // parallel to batch.articles
    QHash<qint64, qsizetype> m_articleOfStoreId;
    QHash<QString, qsizetype> m_entityIndex;
    QList<PendingClaimant> m_claimants;
    QList<PendingRelation> m_relations;

    void problem(const QString &where, const QString &what) { batch.problems << where + QStringLiteral(": ") + what; }

    void readTop(const QJsonValue &value)
    {
        if (value.isArray()) {
            for (const auto &item : value.toArray())
                readTop(item);
            return;
        }
        const QJsonObject o = value.toObject();
        if (hasType(o, "AnnotationCollection")) {
            const QJsonValue firstPage = o.value(QLatin1String("first"));
            if (firstPage.isObject())
                readPages(firstPage.toObject());
            else if (!firstPage.isUndefined())
                problem(m_file,
                        ExchangeText::tr("the collection's pages are not in the file (its first page is %1)")
                            .arg(iriOf(firstPage)));
        } else if (hasType(o, "AnnotationPage")) {
            readPages(o);
        } else if (hasType(o, "Annotation")) {
            readAnnotation(o);
        } else {
            problem(m_file, ExchangeText::tr("not an Annotation, AnnotationPage or AnnotationCollection"));
        }
    }

    void readPages(QJsonObject page)
    {
        for (int n = 0; n < MaxPages; ++n) {
            for (const auto &item : page.value(QLatin1String("items")).toArray()) {
                if (hasType(item.toObject(), "Annotation"))
                    readAnnotation(item.toObject());
                else
                    problem(m_file, ExchangeText::tr("item %1 of a page is not an Annotation").arg(++m_counter));
            }
            const QJsonValue next = page.value(QLatin1String("next"));
            if (!next.isObject()) {
                if (next.isString())
                    problem(m_file, ExchangeText::tr("the next page, %1, is not in the file").arg(next.toString()));
                return;
            }
            page = next.toObject();
        }
    }

    void readAnnotation(const QJsonObject &o)
    {
        ++m_counter;
        const QString id = str(o, "id");
        const QString key = id.isEmpty() ? QStringLiteral("#%1").arg(m_counter) : id;
        const QString where = ExchangeText::tr("%1: annotation %2").arg(m_file, key);
        const QString motivation = first(o.value(QLatin1String("motivation"))).toString();
        const QJsonValue targets = o.value(QLatin1String("target"));
        if (targets.isUndefined() || targets.isNull()) {
            problem(where, ExchangeText::tr("it has no target"));
            return;
        }
        if (motivation == QLatin1String("linking") && isLinkTarget(targets)) {
            readRelation(o, where);
            return;
        }
        const QJsonArray list = targets.isArray() ? targets.toArray() : QJsonArray{targets};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString targetKey = i == 0 ? key : key + QStringLiteral("#target%1").arg(i + 1);
            readTarget(o, motivation, list.at(i), targetKey, where);
            if (!fatal.isEmpty())
                return;
        }
    }

    // A link between annotations targets an annotation, not text.
    static bool isLinkTarget(const QJsonValue &targets)
    {
        const QJsonValue t = first(targets);
        return t.isString() || (t.isObject() && !t.toObject().contains(QLatin1String("selector")));
    }

    void readRelation(const QJsonObject &o, const QString &where)
    {
        QList<QJsonValue> bodies;
        flatten(o.value(QLatin1String("body")), bodies);
        PendingRelation r;
        r.sourceKey = iriOf(o.value(QLatin1String("target")));
        r.where = where;
        for (const QJsonValue &b : bodies) {
            const QJsonObject body = b.toObject();
            if (b.isObject() && body.contains(QLatin1String("value")))
                r.kind = r.kind.isEmpty() ? str(body, "value") : r.kind;
            else if (b.isObject() && body.contains(QLatin1String("source")))
                r.targetKey = iriOf(body.value(QLatin1String("source")));
            else
                r.targetKey = iriOf(b);
        }
        if (r.kind.isEmpty())
            r.kind = QStringLiteral("related");
        if (r.targetKey.isEmpty())
            problem(where, ExchangeText::tr("it links %1 to nothing").arg(r.sourceKey));
        else
            m_relations << r;
    }

    // The article a target's source names, as an index into the batch.
    std::optional<qsizetype> articleFor(const QJsonValue &target, const QString &where)
    {
        const QJsonObject t = target.toObject();
        const QJsonValue source = target.isString() ? target
            : t.contains(QLatin1String("source"))   ? t.value(QLatin1String("source"))
                                                    : target;
        const QString iri = iriOf(source);
        const QString documentId = first(source.toObject().value(term("documentId"))).toString();
        auto found = findArticle(iri, documentId);
        if (!found) {
            fatal = found.error();
            return std::nullopt;
        }
        if (!found->has_value()) {
            problem(where,
                    documentId.isEmpty()
                        ? ExchangeText::tr("its source %1 is not an article of the project").arg(iri)
                        : ExchangeText::tr("its source %1 (document %2) is not an article of the project")
                              .arg(iri, documentId));
            return std::nullopt;
        }
        return slotOf(**found);
    }

    Result<std::optional<qint64>> findArticle(const QString &iri, const QString &documentId)
    {
        if (const QString sha = sha256Of(iri); !sha.isEmpty()) {
            auto bySha = m_store.findArticleBySha256(sha);
            if (!bySha || bySha->has_value())
                return bySha;
        }
        if (!documentId.isEmpty()) {
            auto byDocument = m_store.findArticleByOrigin(documentId, {});
            if (!byDocument || byDocument->has_value())
                return byDocument;
        }
        if (iri.isEmpty())
            return std::optional<qint64>();
        auto byAddress = m_store.findArticleByOrigin({}, iri);
        if (!byAddress || byAddress->has_value())
            return byAddress;
        const QUrl url(iri);
        if (url.isLocalFile())
            return m_store.findArticleByOrigin({}, url.toLocalFile());
        return std::optional<qint64>();
    }

    std::optional<qsizetype> slotOf(qint64 storeId)
    {
        if (const auto at = m_articleOfStoreId.constFind(storeId); at != m_articleOfStoreId.cend())
            return *at;
        auto stored = m_store.article(storeId);
        if (!stored) {
            fatal = stored.error();
            return std::nullopt;
        }
        ImportedArticle imported;
        imported.article.text = stored->text;
        imported.article.title = stored->title;
        imported.article.language = stored->language;
        imported.article.documentId = stored->documentId;
        imported.article.sourcePath = stored->sourcePath;
        imported.article.sourceFormat = stored->sourceFormat;
        imported.article.bodyLength = stored->bodyLength;
        batch.articles << imported;
        m_slots << ArticleSlot{storeId, stored->text.toUcs4(), {}};
        m_articleOfStoreId.insert(storeId, batch.articles.size() - 1);
        return batch.articles.size() - 1;
    }

    void readTarget(const QJsonObject &o, const QString &motivation, const QJsonValue &target, const QString &key,
                    const QString &where)
    {
        const std::optional<qsizetype> article = articleFor(target, where);
        if (!article)
            return;
        Bodies bodies = readBodies(o, motivation);
        const QJsonValue selector = target.toObject().value(QLatin1String("selector"));
        if (selector.isUndefined()) {
            addArticleNotes(*article, bodies, where);
            return;
        }
        Selection selection;
        W3cSelectors::read(selector, selection);
        const std::optional<std::pair<qint64, qint64>> span = place(*article, selection, where);
        if (!span)
            return;
        ImportedAnnotation a;
        a.key = key;
        a.start = span->first;
        a.end = span->second;
        a.author = authorOf(o.value(QLatin1String("creator")));
        a.created = dateTimeOf(o.value(QLatin1String("created")));
        a.modified = dateTimeOf(o.value(QLatin1String("modified")));
        addAnnotation(*article, a, bodies, motivation, where);
    }

    void addArticleNotes(qsizetype article, const Bodies &bodies, const QString &where)
    {
        if (!bodies.label.isEmpty() || !bodies.entityKey.isEmpty() || bodies.claim || bodies.mtError) {
            problem(where, ExchangeText::tr("it annotates a whole article, which can only have notes"));
            return;
        }
        batch.articles[article].notes << bodies.notes << bodies.linked;
    }

    std::optional<std::pair<qint64, qint64>> place(qsizetype article, const Selection &selection, const QString &where)
    {
        // A range is read only when nothing simpler says where the text is.
        if (selection.range && !selection.position && !selection.quote) {
            const auto start = place(article, selection.range->first, where);
            const auto end = start ? place(article, selection.range->second, where) : std::nullopt;
            if (!start || !end)
                return std::nullopt;
            if (end->first <= start->first) {
                problem(where,
                        ExchangeText::tr("its RangeSelector ends (%1) before it starts (%2)")
                            .arg(end->first)
                            .arg(start->first));
                return std::nullopt;
            }
            return std::pair{start->first, end->first};
        }
        const ArticleSlot &slot = m_slots.at(article);
        const qint64 length = slot.codePoints.size();
        if (selection.position) {
            const auto [start, end] = *selection.position;
            const bool inText = end <= length;
            if (!selection.quote && inText)
                return selection.position;
            if (selection.quote && inText && selection.quote->exact.toUcs4() == slot.codePoints.mid(start, end - start))
                return selection.position;
        }
        if (!selection.quote) {
            problem(where,
                    selection.unusable.isEmpty() && selection.position
                        ? ExchangeText::tr("its TextPositionSelector %1–%2 is past the end of the article (%3)")
                              .arg(selection.position->first)
                              .arg(selection.position->second)
                              .arg(length)
                        : selection.unusable.isEmpty() ? ExchangeText::tr("it has no text selector")
                                                       : selection.unusable);
            return std::nullopt;
        }
        TextSelector selector = *selection.quote;
        selector.start = selection.position ? selection.position->first : 0;
        selector.end = selector.start + selector.exact.toUcs4().size();
        const Placement placement = reanchor(batch.articles.at(article).article.text, selector);
        if (placement.outcome == AnchorOutcome::Orphan) {
            problem(where,
                    ExchangeText::tr("its quote “%1” is not in the article, or not in one place").arg(selector.exact));
            return std::nullopt;
        }
        return std::pair{placement.start, placement.end};
    }

    Bodies readBodies(const QJsonObject &o, const QString &motivation)
    {
        QList<QJsonValue> list;
        flatten(o.value(QLatin1String("body")), list);
        Bodies bodies;
        if (const QString value = o.value(QLatin1String("bodyValue")).toString(); !value.isEmpty())
            bodies.notes << value;
        for (const QJsonValue &b : list) {
            const QJsonObject body = b.toObject();
            const QString purpose = first(body.value(QLatin1String("purpose"))).toString();
            const QString role = purpose.isEmpty() ? motivation : purpose;
            if (b.isObject() && body.contains(QLatin1String("value")))
                readTextualBody(body, role, bodies);
            else if (b.isObject() && body.contains(QLatin1String("source")))
                readResourceBody(body, role, bodies);
            else if (role == QLatin1String("identifying") && !iriOf(b).isEmpty())
                bodies.entityKey = addEntity(b, {});
            else if (!iriOf(b).isEmpty())
                bodies.linked << iriOf(b);
        }
        if (!bodies.extraTags.isEmpty())
            bodies.notes << ExchangeText::tr("Also tagged: %1").arg(bodies.extraTags.join(QStringLiteral(", ")));
        if (!bodies.correction.isEmpty()) {
            if (bodies.mtError)
                bodies.mtError->correction = bodies.correction;
            else
                bodies.notes << ExchangeText::tr("Suggested edit: %1").arg(bodies.correction);
        }
        return bodies;
    }

    static void readTextualBody(const QJsonObject &body, const QString &role, Bodies &bodies)
    {
        const QString value = first(body.value(QLatin1String("value"))).toString();
        if (role == QLatin1String("tagging")
            || (role == QLatin1String("classifying") && !body.contains(term("severity")))) {
            if (!bodies.label.isEmpty()) {
                bodies.extraTags << value;
                return;
            }
            bodies.label = value;
            if (body.contains(term("labelKind")))
                bodies.kind = labelKindFromId(str(body, term("labelKind")));
        } else if (role == QLatin1String("assessing")) {
            readVerdict(body, value, bodies);
        } else if (role == QLatin1String("classifying")) {
            MtError error;
            error.category = value;
            error.severity = mqmSeverityFromId(str(body, term("severity"))).value_or(MqmSeverity::Minor);
            error.findingRule = str(body, term("findingRule"));
            error.correction = bodies.mtError ? bodies.mtError->correction : QString();
            bodies.mtError = error;
        } else if (role == QLatin1String("editing")) {
            bodies.correction = value;
        } else if (!value.isEmpty()) {
            bodies.notes << value;
        }
    }

    static void readVerdict(const QJsonObject &body, const QString &value, Bodies &bodies)
    {
        Claim claim;
        if (const auto verdict = verdictFromId(value))
            claim.verdict = *verdict;
        else
            claim.rating = value; // another tool's assessment, in its own words
        if (const auto kind = claimKindFromId(str(body, term("claimKind"))))
            claim.kind = *kind;
        claim.checkWorthiness = body.value(term("checkWorthiness")).toInt();
        if (body.contains(term("rating")))
            claim.rating = str(body, term("rating"));
        claim.reviewed = str(body, term("reviewed"));
        for (const auto &e : body.value(term("evidence")).toArray())
            claim.evidence << Evidence{str(e.toObject(), term("url")), str(e.toObject(), term("note"))};
        bodies.claim = claim;
    }

    void readResourceBody(const QJsonObject &body, const QString &role, Bodies &bodies)
    {
        const QJsonValue source = body.value(QLatin1String("source"));
        if (role == QLatin1String("identifying") && !iriOf(source).isEmpty())
            bodies.entityKey = addEntity(source, {});
        else if (str(body, term("role")) == QLatin1String("claimant"))
            bodies.claimants << source;
        else if (!iriOf(source).isEmpty())
            bodies.linked << iriOf(source);
    }

    // An entity from a resource: its IRI is its key within the batch.
    QString addEntity(const QJsonValue &resource, const QString &fallbackLabel)
    {
        const QString iri = iriOf(resource);
        if (m_entityIndex.contains(iri))
            return iri;
        const QJsonObject o = first(resource).toObject();
        ImportedEntity entity;
        entity.key = iri;
        entity.wikidata = wikidataId(iri);
        entity.name = first(o.value(QLatin1String("label"))).toString();
        if (entity.name.isEmpty())
            entity.name = entity.wikidata.isEmpty() ? iri : entity.wikidata;
        entity.label = o.contains(term("entityType")) ? str(o, term("entityType")) : fallbackLabel;
        for (const auto &alias : o.value(term("aliases")).toArray())
            entity.aliases << alias.toString();
        entity.url = str(o, term("url"));
        if (entity.url.isEmpty() && entity.wikidata.isEmpty() && !iri.startsWith(QLatin1String("urn:")))
            entity.url = iri;
        m_entityIndex.insert(iri, batch.entities.size());
        batch.entities << entity;
        return iri;
    }

    static LabelKind kindOf(const Bodies &bodies, const QString &motivation)
    {
        if (bodies.kind)
            return *bodies.kind;
        if (bodies.claim || motivation == QLatin1String("assessing"))
            return LabelKind::Claim;
        if (bodies.mtError)
            return LabelKind::MtError;
        if (motivation == QLatin1String("identifying") || motivation == QLatin1String("tagging")
            || motivation == QLatin1String("classifying") || !bodies.entityKey.isEmpty())
            return LabelKind::Entity;
        return LabelKind::Highlight;
    }

    // The project's own label of each kind, for annotations that name none.
    static QString defaultLabel(LabelKind kind)
    {
        switch (kind) {
        case LabelKind::Entity:
            return QStringLiteral("Other");
        case LabelKind::Claim:
            return QStringLiteral("Claim");
        case LabelKind::MtError:
            return QStringLiteral("MT error");
        case LabelKind::Highlight:
            break;
        }
        return QStringLiteral("Highlight");
    }

    // `a` comes with its key, span, author and times; the bodies give the rest.
    void addAnnotation(qsizetype article, ImportedAnnotation a, Bodies &bodies, const QString &motivation,
                       const QString &where)
    {
        ArticleSlot &slot = m_slots[article];
        if (slot.annotationIndex.contains(a.key)) {
            problem(where, ExchangeText::tr("an annotation with this id was already read"));
            return;
        }
        a.kind = kindOf(bodies, motivation);
        a.label = bodies.label.isEmpty() ? defaultLabel(a.kind) : bodies.label;
        a.entityKey = bodies.entityKey;
        if (!a.entityKey.isEmpty()) {
            ImportedEntity &entity = batch.entities[m_entityIndex.value(a.entityKey)];
            if (entity.label.isEmpty() && a.kind == LabelKind::Entity)
                entity.label = a.label;
        }
        a.claim = bodies.claim;
        a.mtError = bodies.mtError;
        a.notes = bodies.notes + bodies.linked;
        QList<ImportedAnnotation> &annotations = batch.articles[article].annotations;
        slot.annotationIndex.insert(a.key, annotations.size());
        for (const QJsonValue &claimant : std::as_const(bodies.claimants))
            m_claimants << PendingClaimant{article, annotations.size(), claimant, where};
        annotations << a;
    }

    // A claimant is a mention in the same article when its IRI is an
    // annotation's; otherwise an entity.
    void resolveClaimants()
    {
        for (const PendingClaimant &c : std::as_const(m_claimants)) {
            ImportedAnnotation &claim = batch.articles[c.article].annotations[c.annotation];
            const QString iri = iriOf(c.resource);
            if (m_slots.at(c.article).annotationIndex.contains(iri))
                claim.claimantKey = iri;
            else if (iri.startsWith(QLatin1String("urn:marginalia:annotation:")))
                problem(c.where, ExchangeText::tr("its claimant, annotation %1, is not in the import").arg(iri));
            else if (!iri.isEmpty())
                claim.claimantEntityKey = addEntity(c.resource, {});
        }
    }

    void resolveRelations()
    {
        for (const PendingRelation &r : std::as_const(m_relations)) {
            qsizetype article = -1;
            for (qsizetype i = 0; i < m_slots.size() && article < 0; ++i) {
                if (m_slots.at(i).annotationIndex.contains(r.sourceKey))
                    article = i;
            }
            if (article < 0) {
                problem(r.where,
                        ExchangeText::tr("it links %1, which is not an annotation in the import").arg(r.sourceKey));
            } else if (!m_slots.at(article).annotationIndex.contains(r.targetKey)) {
                problem(r.where,
                        ExchangeText::tr("it links to %1, which is not an annotation of the same article")
                            .arg(r.targetKey));
            } else {
                batch.articles[article].relations << ImportedRelation{r.kind, r.sourceKey, r.targetKey};
            }
        }
    }
};

} // namespace

Result<ImportBatch> read(ProjectStore &store, const QStringList &paths)
{
    Reader reader(store);
    for (const QString &path : paths) {
        reader.readFile(path);
        if (!reader.fatal.isEmpty())
            return makeError(reader.fatal);
    }
    reader.finish();
    return reader.batch;
}

Result<ImportBatch> readData(ProjectStore &store, const QString &name, const QByteArray &data)
{
    Reader reader(store);
    reader.readBytes(name, data);
    if (!reader.fatal.isEmpty())
        return makeError(reader.fatal);
    reader.finish();
    return reader.batch;
}

} // namespace Marginalia::Exchange::W3cImport
