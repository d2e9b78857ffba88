#include "w3cexport.h"
#include "trtext.h"

#include "w3cvocab.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Marginalia::Exchange::W3cExport {

namespace {

using namespace W3cVocab;

const QJsonArray &context()
{
    static const QJsonArray value{AnnoContext, QJsonObject{{Prefix, Namespace}}};
    return value;
}

// xsd:dateTime in UTC, as the model recommends.
QString dateTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

void setTimes(QJsonObject &object, const QDateTime &created, const QDateTime &modified)
{
    if (created.isValid())
        object.insert(QStringLiteral("created"), dateTime(created));
    if (modified.isValid())
        object.insert(QStringLiteral("modified"), dateTime(modified));
}

void setCreator(QJsonObject &object, const QString &author)
{
    if (!author.isEmpty())
        object.insert(
            QStringLiteral("creator"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), author}});
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {
        {QStringLiteral("type"), QStringLiteral("TextualBody")},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("value"), value},
        {QStringLiteral("format"), QStringLiteral("text/plain")},
    };
}

QString entityIri(const Entity &entity)
{
    return entity.wikidata.isEmpty() ? QStringLiteral("urn:marginalia:entity:%1").arg(entity.id)
                                     : wikidataIri(entity.wikidata);
}

// The entity as a resource: its IRI, its name as the label, and what the
// vocabulary has no term for.
QJsonObject entityResource(const ProjectSnapshot &snapshot, const Entity &entity)
{
    QJsonObject resource{{QStringLiteral("id"), entityIri(entity)}, {QStringLiteral("label"), entity.name}};
    if (const Label *type = snapshot.label(entity.labelId))
        resource.insert(term("entityType"), type->name);
    if (!entity.aliases.isEmpty())
        resource.insert(term("aliases"), QJsonArray::fromStringList(entity.aliases));
    if (!entity.url.isEmpty())
        resource.insert(term("url"), entity.url);
    return resource;
}

QJsonObject specificResource(const QString &purpose, const QJsonValue &source)
{
    return {
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("source"), source},
    };
}

// The article as the target's source: its IRI plus what identifies it to a
// reader (document id, title, language).
QJsonObject articleResource(const StoredArticle &article)
{
    QJsonObject source{
        {QStringLiteral("id"), articleIri(article.sha256)},
        {QStringLiteral("type"), QStringLiteral("Text")},
        {QStringLiteral("format"), QStringLiteral("text/plain")},
    };
    if (!article.language.isEmpty())
        source.insert(QStringLiteral("language"), article.language);
    if (!article.title.isEmpty())
        source.insert(QStringLiteral("label"), article.title);
    if (!article.documentId.isEmpty())
        source.insert(term("documentId"), article.documentId);
    return source;
}

QString motivationOf(const Annotation &a, const Label *label)
{
    switch (label ? label->kind : LabelKind::Highlight) {
    case LabelKind::Entity:
        return a.entityId != 0 ? QStringLiteral("identifying") : QStringLiteral("tagging");
    case LabelKind::Claim:
        return QStringLiteral("assessing");
    case LabelKind::MtError:
        return QStringLiteral("classifying");
    case LabelKind::Highlight:
        break;
    }
    return QStringLiteral("highlighting");
}

// Writes the items one at a time, so that a large export never holds the
// whole collection as JSON values (100,000 annotations made that 2.9 s).
class Writer
{
public:
    Writer(const ProjectSnapshot &snapshot, QIODevice &out)
        : m_snapshot(snapshot)
        , m_out(out)
    {
    }

    QStringList dropped;
    int annotations = 0;

    void addArticle(const ArticleBundle &bundle)
    {
        // The same for every annotation of the article (and shared, not
        // copied, by each).
        m_source = articleResource(bundle.article);
        QHash<qint64, QList<const Note *>> notesOf;
        for (const Note &n : bundle.notes)
            notesOf[n.annotationId] << &n;
        for (const Annotation &a : bundle.annotations) {
            append(annotation(bundle, a, notesOf.value(a.id)));
            ++annotations;
        }
        for (const Relation &r : bundle.relations)
            append(relation(bundle, r));
        for (const Note *n : notesOf.value(0))
            append(articleNote(bundle, *n));
    }

private:
    const ProjectSnapshot &m_snapshot;
    QIODevice &m_out;
    bool m_first = true;
    QJsonObject m_source; // the article being written
    QHash<qint64, QJsonObject> m_entities; // entity resources by id, made once

    const QJsonObject &entity(const Entity &e)
    {
        auto it = m_entities.find(e.id);
        if (it == m_entities.end())
            it = m_entities.insert(e.id, entityResource(m_snapshot, e));
        return *it;
    }

    void append(const QJsonObject &item)
    {
        if (!m_first)
            m_out.putChar(',');
        m_first = false;
        m_out.write(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }

    QJsonObject target(const Annotation &a) const
    {
        QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                          {QStringLiteral("exact"), a.quote}};
        if (!a.prefix.isEmpty())
            quote.insert(QStringLiteral("prefix"), a.prefix);
        if (!a.suffix.isEmpty())
            quote.insert(QStringLiteral("suffix"), a.suffix);
        QJsonArray selectors{quote};
        // An orphan's offsets are where its text used to be: they would
        // select something else, and selectors must agree.
        if (!a.orphan) {
            selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                         {QStringLiteral("start"), a.start},
                                         {QStringLiteral("end"), a.end}});
        }
        return {
            {QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), m_source},
            {QStringLiteral("selector"), selectors},
        };
    }

    void addClaimBodies(const ArticleBundle &bundle, const Annotation &a, QJsonArray &body)
    {
        const Claim &claim = *a.claim;
        QJsonObject verdict = textualBody(QStringLiteral("assessing"), verdictId(claim.verdict));
        verdict.insert(term("claimKind"), claimKindId(claim.kind));
        if (claim.checkWorthiness != 0)
            verdict.insert(term("checkWorthiness"), claim.checkWorthiness);
        if (!claim.rating.isEmpty())
            verdict.insert(term("rating"), claim.rating);
        if (!claim.reviewed.isEmpty())
            verdict.insert(term("reviewed"), claim.reviewed);
        if (!claim.evidence.isEmpty()) {
            QJsonArray evidence;
            for (const Evidence &e : claim.evidence) {
                QJsonObject item{{term("url"), e.url}};
                if (!e.note.isEmpty())
                    item.insert(term("note"), e.note);
                evidence.append(item);
            }
            verdict.insert(term("evidence"), evidence);
        }
        body.append(verdict);

        if (claim.claimantMention != 0) {
            if (const Annotation *mention = ProjectSnapshot::annotation(bundle, claim.claimantMention)) {
                const Entity *entity = m_snapshot.entity(mention->entityId);
                QJsonObject source{{QStringLiteral("id"), annotationIri(bundle.article.sha256, mention->id)},
                                   {QStringLiteral("label"), entity ? entity->name : mention->quote}};
                QJsonObject claimant = specificResource(QStringLiteral("describing"), source);
                claimant.insert(term("role"), QStringLiteral("claimant"));
                body.append(claimant);
            } else {
                dropped << ExchangeText::tr(
                               "%1: annotation %2 (“%3”): its claimant, annotation %4, is not in the export")
                               .arg(bundle.article.documentId)
                               .arg(a.id)
                               .arg(a.quote)
                               .arg(claim.claimantMention);
            }
        }
        if (const Entity *entity = m_snapshot.entity(claim.claimantEntity)) {
            QJsonObject claimant = specificResource(QStringLiteral("describing"), this->entity(*entity));
            claimant.insert(term("role"), QStringLiteral("claimant"));
            body.append(claimant);
        }
    }

    static void addMtErrorBodies(const MtError &error, QJsonArray &body)
    {
        QJsonObject category = textualBody(QStringLiteral("classifying"), error.category);
        category.insert(term("severity"), mqmSeverityId(error.severity));
        if (!error.findingRule.isEmpty())
            category.insert(term("findingRule"), error.findingRule);
        body.append(category);
        if (!error.correction.isEmpty())
            body.append(textualBody(QStringLiteral("editing"), error.correction));
    }

    QJsonObject annotation(const ArticleBundle &bundle, const Annotation &a, const QList<const Note *> &notes)
    {
        const Label *label = m_snapshot.label(a.labelId);
        QJsonArray body;
        if (label) {
            QJsonObject tag = textualBody(QStringLiteral("tagging"), label->name);
            tag.insert(term("labelKind"), labelKindId(label->kind));
            body.append(tag);
        }
        if (const Entity *entity = m_snapshot.entity(a.entityId))
            body.append(specificResource(QStringLiteral("identifying"), this->entity(*entity)));
        if (a.claim)
            addClaimBodies(bundle, a, body);
        if (a.mtError)
            addMtErrorBodies(*a.mtError, body);
        for (const Note *n : notes) {
            QJsonObject comment = textualBody(QStringLiteral("commenting"), n->text);
            setCreator(comment, n->author);
            setTimes(comment, n->created, n->modified);
            body.append(comment);
        }

        QJsonObject item{
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), annotationIri(bundle.article.sha256, a.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), motivationOf(a, label)},
        };
        setTimes(item, a.created, a.modified);
        setCreator(item, a.author);
        if (!body.isEmpty())
            item.insert(QStringLiteral("body"), body);
        item.insert(QStringLiteral("target"), target(a));
        return item;
    }

    static QJsonObject relation(const ArticleBundle &bundle, const Relation &r)
    {
        QJsonObject item{
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), relationIri(bundle.article.sha256, r.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("linking")},
            {QStringLiteral("body"),
             QJsonArray{annotationIri(bundle.article.sha256, r.targetId),
                        textualBody(QStringLiteral("tagging"), r.kind)}},
            {QStringLiteral("target"), annotationIri(bundle.article.sha256, r.sourceId)},
        };
        setTimes(item, r.created, {});
        return item;
    }

    QJsonObject articleNote(const ArticleBundle &bundle, const Note &n) const
    {
        QJsonObject item{
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), noteIri(bundle.article.sha256, n.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("commenting")},
            {QStringLiteral("body"), textualBody(QStringLiteral("commenting"), n.text)},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("source"), m_source}}},
        };
        setTimes(item, n.created, n.modified);
        setCreator(item, n.author);
        return item;
    }
};

// Names the export by what it holds, so that the same export has the same
// IRI twice.
QString collectionIri(const ProjectSnapshot &snapshot)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ArticleBundle &bundle : snapshot.articles) {
        hash.addData(bundle.article.sha256.toLatin1());
        for (const Annotation &a : bundle.annotations)
            hash.addData(QByteArray(QByteArray::number(a.id) + ','));
        hash.addData("\n");
    }
    return QStringLiteral("urn:marginalia:collection:") + QString::fromLatin1(hash.result().toHex());
}

qsizetype itemCount(const ProjectSnapshot &snapshot)
{
    qsizetype count = 0;
    for (const ArticleBundle &bundle : snapshot.articles) {
        count += bundle.annotations.size() + bundle.relations.size();
        for (const Note &n : bundle.notes)
            count += n.annotationId == 0 ? 1 : 0;
    }
    return count;
}

// An object's compact JSON without its closing brace, for more members to
// follow.
QByteArray openObject(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json;
}

QByteArray jsonString(const QString &text)
{
    QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path)
{
    const QString id = collectionIri(snapshot);
    const QString pageId = id + QStringLiteral(":page:1");
    const qsizetype total = itemCount(snapshot);
    const QJsonObject collection{
        {QStringLiteral("@context"), context()},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), ExchangeText::tr("Marginalia annotations")},
        {QStringLiteral("total"), total},
    };
    const QJsonObject page{
        {QStringLiteral("id"), pageId},
        {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
        {QStringLiteral("partOf"), id},
        {QStringLiteral("startIndex"), 0},
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Compact: at 100,000 annotations the indented form is three times the
    // size. The collection and its page are written around the items:
    // {collection…,"first":{page…,"items":[item,…]},"last":"page id"}
    Writer writer(snapshot, file);
    if (total == 0) {
        file.write(QJsonDocument(collection).toJson(QJsonDocument::Compact));
    } else {
        file.write(openObject(collection));
        file.write(R"(,"first":)");
        file.write(openObject(page));
        file.write(R"(,"items":[)");
        for (const ArticleBundle &bundle : snapshot.articles)
            writer.addArticle(bundle);
        file.write(R"(]},"last":)");
        file.write(jsonString(pageId));
        file.write("}");
    }
    if (!file.commit())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    ExportReport report;
    report.articles = int(snapshot.articles.size());
    report.annotations = writer.annotations;
    report.dropped = writer.dropped;
    return report;
}

} // namespace Marginalia::Exchange::W3cExport
