// W3C Web Annotation export and import on real project files built through
// the Annotator: the JSON-LD written is read back and compared with the
// project, imported into a second project holding the same article, and
// (with the outside data present) checked against the W3C test suite's
// schemas and MUST assertions and its sample annotations.

#include "annotator.h"
#include "evaldata.h"
#include "exchange/exchange.h"
#include "exchange/w3cexport.h"
#include "exchange/w3cimport.h"
#include "projectstore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {

const QString ArticleText = QStringLiteral("Le 🇺🇦 président Zelensky a déclaré que 40 % des drones venaient d'Iran.\n"
                                           "Kowalczyk, le minstre, a répondu à Kyiv.\n"
                                           "Un passage à surligner.\n\nfr-90\n");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonValue &value)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return file.write(document.toJson()) > 0;
}

// An annotation tagging what `selector` selects in `source` as a Location.
QJsonObject locationAnnotation(const QString &id, const QJsonValue &selector, const QString &source)
{
    return QJsonObject{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                     {QStringLiteral("purpose"), QStringLiteral("tagging")},
                     {QStringLiteral("value"), QStringLiteral("Location")}}},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selector}}},
    };
}

QJsonObject quoteSelector(const QString &exact)
{
    return {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")}, {QStringLiteral("exact"), exact}};
}

QJsonObject positionSelector(qint64 start, qint64 end)
{
    return {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end}};
}

QJsonObject rfc5147Selector(const QString &value, const QJsonValue &refinedBy = {})
{
    QJsonObject selector{{QStringLiteral("type"), QStringLiteral("FragmentSelector")},
                         {QStringLiteral("conformsTo"), QStringLiteral("http://tools.ietf.org/rfc/rfc5147")},
                         {QStringLiteral("value"), value}};
    if (!refinedBy.isUndefined())
        selector.insert(QStringLiteral("refinedBy"), refinedBy);
    return selector;
}

QJsonObject rangeSelector(const QJsonValue &start, const QJsonValue &end)
{
    return {{QStringLiteral("type"), QStringLiteral("RangeSelector")},
            {QStringLiteral("startSelector"), start},
            {QStringLiteral("endSelector"), end}};
}

QJsonArray items(const QJsonObject &collection)
{
    return collection.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
}

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : QJsonArray{v};
}

// The body of `item` with this purpose (the first), or an empty object.
QJsonObject bodyWithPurpose(const QJsonObject &item, const QString &purpose)
{
    for (const auto &b : asArray(item.value(QLatin1String("body")))) {
        if (b.toObject().value(QLatin1String("purpose")).toString() == purpose)
            return b.toObject();
    }
    return {};
}

QJsonObject selectorOfType(const QJsonObject &item, const QString &type)
{
    const QJsonObject target = item.value(QLatin1String("target")).toObject();
    for (const auto &s : asArray(target.value(QLatin1String("selector")))) {
        if (s.toObject().value(QLatin1String("type")).toString() == type)
            return s.toObject();
    }
    return {};
}

const Exchange::ImportedAnnotation *importedWithKey(const Exchange::ImportedArticle &article, const QString &key)
{
    for (const Exchange::ImportedAnnotation &a : article.annotations) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

const Exchange::ImportedEntity *entityWithKey(const Exchange::ImportBatch &batch, const QString &key)
{
    for (const Exchange::ImportedEntity &e : batch.entities) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestW3c : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    QString m_sha;
    // The annotations of every kind made by init().
    qint64 m_zelensky = 0, m_iran = 0, m_claim = 0, m_entityClaim = 0, m_error = 0, m_highlight = 0;
    qint64 m_volodymyr = 0;

    qint64 codePoint(const QString &part) const { return ArticleText.left(ArticleText.indexOf(part)).toUcs4().size(); }

    qint64 tag(const QString &part, const QString &label)
    {
        const qint64 start = codePoint(part);
        auto id = m_annotator->addAnnotation(m_article, labelNamed(label), start, start + part.toUcs4().size());
        return id ? *id : 0;
    }

    qint64 labelNamed(const QString &name) const
    {
        const auto labels = m_store->labels();
        for (const Label &l : *labels) {
            if (l.name == name)
                return l.id;
        }
        return 0;
    }

    QString iri(qint64 annotationId) const
    {
        return QStringLiteral("urn:marginalia:annotation:%1:%2").arg(m_sha).arg(annotationId);
    }

    QString exportTo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto report = Exchange::exportProject(*m_store, Exchange::Format::W3c, {}, path);
        return report.ok() ? path : QString();
    }

    static std::unique_ptr<ProjectStore> openProject(const QString &path, const QList<Article> &articles)
    {
        auto store = ProjectStore::open(path);
        if (!store)
            return {};
        for (const Article &a : articles) {
            if (!(*store)->importArticle(a))
                return {};
        }
        return std::move(*store);
    }

    static Article article(const QString &text, const QString &documentId = {})
    {
        Article a;
        a.text = text;
        a.documentId = documentId;
        a.bodyLength = text.toUcs4().size();
        return a;
    }

private Q_SLOTS:
    // A project with every annotation kind: entity mentions (one linked to
    // a Wikidata entity, one to an entity without), claims with a mention
    // and with an entity as claimant, an MT error, a highlight, notes on an
    // annotation and on the article, and a relation.
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = openProject(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))),
            {article(ArticleText, QStringLiteral("fr-90"))});
        QVERIFY(m_store);
        m_article = m_store->articles()->first().id;
        m_sha = m_store->articles()->first().sha256;
        m_annotator = std::make_unique<Annotator>(*m_store);
        m_annotator->setAuthor(QStringLiteral("Ana Lys"));

        m_zelensky = tag(QStringLiteral("Zelensky"), QStringLiteral("Person"));
        m_iran = tag(QStringLiteral("Iran"), QStringLiteral("Location"));
        m_claim = tag(QStringLiteral("40 % des drones venaient d'Iran"), QStringLiteral("Claim"));
        m_entityClaim = tag(QStringLiteral("a répondu"), QStringLiteral("Claim"));
        m_error = tag(QStringLiteral("minstre"), QStringLiteral("MT error"));
        m_highlight = tag(QStringLiteral("passage à surligner"), QStringLiteral("Highlight"));
        QVERIFY(m_zelensky && m_iran && m_claim && m_entityClaim && m_error && m_highlight);

        Entity president;
        president.name = QStringLiteral("Volodymyr Zelensky");
        president.labelId = labelNamed(QStringLiteral("Person"));
        president.wikidata = QStringLiteral("Q3874799");
        president.aliases = {QStringLiteral("Zelenskyy")};
        auto created = m_annotator->createEntity(president, {m_zelensky});
        QVERIFY(created.ok());
        m_volodymyr = *created;
        Entity iran;
        iran.name = QStringLiteral("Iran");
        iran.labelId = labelNamed(QStringLiteral("Location"));
        iran.url = QStringLiteral("https://fr.wikipedia.org/wiki/Iran");
        QVERIFY(m_annotator->createEntity(iran, {m_iran}).ok());
        Entity minister;
        minister.name = QStringLiteral("Kowalczyk");
        minister.labelId = labelNamed(QStringLiteral("Person"));
        auto ministerId = m_annotator->createEntity(minister);
        QVERIFY(ministerId.ok());

        auto claim = m_store->annotation(m_claim);
        Claim details;
        details.claimantMention = m_zelensky;
        details.kind = ClaimKind::Statistic;
        details.checkWorthiness = 3;
        details.verdict = Verdict::MostlyFalse;
        details.rating = QStringLiteral("Exagéré");
        details.evidence = {{QStringLiteral("https://example.org/rapport"), QStringLiteral("p. 4")}};
        details.reviewed = QStringLiteral("2025-03-01");
        claim->claim = details;
        QVERIFY(m_annotator->updateAnnotation(*claim).ok());
        auto byEntity = m_store->annotation(m_entityClaim);
        Claim other;
        other.claimantEntity = *ministerId;
        other.kind = ClaimKind::Quote;
        other.verdict = Verdict::Unverifiable;
        byEntity->claim = other;
        QVERIFY(m_annotator->updateAnnotation(*byEntity).ok());

        auto mt = m_store->annotation(m_error);
        MtError error;
        error.category = QStringLiteral("Fluency/Spelling");
        error.severity = MqmSeverity::Major;
        error.correction = QStringLiteral("ministre");
        error.findingRule = QStringLiteral("spelling");
        mt->mtError = error;
        QVERIFY(m_annotator->updateAnnotation(*mt).ok());

        Note note;
        note.annotationId = m_error;
        note.text = QStringLiteral("Faute de frappe\nsur deux lignes");
        QVERIFY(m_annotator->addNote(note).ok());
        Note onArticle;
        onArticle.articleId = m_article;
        onArticle.text = QStringLiteral("Relu une fois.");
        QVERIFY(m_annotator->addNote(onArticle).ok());
        Relation said;
        said.kind = QStringLiteral("claimed-by");
        said.sourceId = m_claim;
        said.targetId = m_zelensky;
        QVERIFY(m_annotator->addRelation(said).ok());
    }

    void formatIsRegisteredAsW3c()
    {
        QCOMPARE(Exchange::formatNamed(QStringLiteral("W3C")), Exchange::Format::W3c);
        QCOMPARE(Exchange::info(Exchange::Format::W3c).extension, QStringLiteral("jsonld"));
    }

    void exportIsACollectionOfAnnotationsWithTextSelectors()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.jsonld"));
        auto report = Exchange::exportProject(*m_store, Exchange::Format::W3c, {}, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->annotations, 6);
        QVERIFY(report->dropped.isEmpty());

        const QJsonObject collection = readJson(path);
        QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QLatin1String("@context")).toArray().first().toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        const QJsonObject page = collection.value(QLatin1String("first")).toObject();
        QCOMPARE(page.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationPage"));
        const QJsonArray all = items(collection);
        QCOMPARE(all.size(), 8); // six annotations, one relation, one note on the article
        QCOMPARE(collection.value(QLatin1String("total")).toInt(), 8);
        QCOMPARE(collection.value(QLatin1String("last")).toString(), page.value(QLatin1String("id")).toString());
        QCOMPARE(page.value(QLatin1String("partOf")).toString(), collection.value(QLatin1String("id")).toString());

        QHash<QString, QJsonObject> byId;
        for (const auto &v : all) {
            const QJsonObject item = v.toObject();
            QCOMPARE(item.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
            QVERIFY(item.contains(QLatin1String("@context"))); // each item stands alone
            byId.insert(item.value(QLatin1String("id")).toString(), item);
        }

        // The mention: identified by its Wikidata entity, placed in code
        // points (the flag before it is two code points, four UTF-16 units).
        const QJsonObject mention = byId.value(iri(m_zelensky));
        QCOMPARE(mention.value(QLatin1String("motivation")).toString(), QStringLiteral("identifying"));
        QCOMPARE(mention.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Ana Lys"));
        QVERIFY(mention.value(QLatin1String("created")).toString().endsWith(u'Z'));
        QCOMPARE(bodyWithPurpose(mention, QStringLiteral("tagging")).value(QLatin1String("value")).toString(),
                 QStringLiteral("Person"));
        const QJsonObject linked = bodyWithPurpose(mention, QStringLiteral("identifying"));
        QCOMPARE(linked.value(QLatin1String("type")).toString(), QStringLiteral("SpecificResource"));
        QCOMPARE(linked.value(QLatin1String("source")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("http://www.wikidata.org/entity/Q3874799"));
        const QJsonObject target = mention.value(QLatin1String("target")).toObject();
        const QJsonObject source = target.value(QLatin1String("source")).toObject();
        QCOMPARE(source.value(QLatin1String("id")).toString(), QStringLiteral("urn:sha256:") + m_sha);
        QCOMPARE(source.value(QLatin1String("marginalia:documentId")).toString(), QStringLiteral("fr-90"));
        const QJsonObject quote = selectorOfType(mention, QStringLiteral("TextQuoteSelector"));
        QCOMPARE(quote.value(QLatin1String("exact")).toString(), QStringLiteral("Zelensky"));
        QCOMPARE(quote.value(QLatin1String("prefix")).toString(), QStringLiteral("Le 🇺🇦 président "));
        QVERIFY(quote.value(QLatin1String("suffix")).toString().startsWith(QStringLiteral(" a déclaré")));
        const QJsonObject position = selectorOfType(mention, QStringLiteral("TextPositionSelector"));
        QCOMPARE(position.value(QLatin1String("start")).toInteger(), codePoint(QStringLiteral("Zelensky")));
        QCOMPARE(position.value(QLatin1String("start")).toInteger(), 16);
        QCOMPARE(position.value(QLatin1String("end")).toInteger(), 24);

        // The claim: assessed with its verdict, its claimant the mention.
        const QJsonObject claim = byId.value(iri(m_claim));
        QCOMPARE(claim.value(QLatin1String("motivation")).toString(), QStringLiteral("assessing"));
        const QJsonObject verdict = bodyWithPurpose(claim, QStringLiteral("assessing"));
        QCOMPARE(verdict.value(QLatin1String("value")).toString(), QStringLiteral("mostly-false"));
        QCOMPARE(verdict.value(QLatin1String("marginalia:rating")).toString(), QStringLiteral("Exagéré"));
        const QJsonObject claimant = bodyWithPurpose(claim, QStringLiteral("describing"));
        QCOMPARE(claimant.value(QLatin1String("source")).toObject().value(QLatin1String("id")).toString(),
                 iri(m_zelensky));
        QCOMPARE(claimant.value(QLatin1String("source")).toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("Volodymyr Zelensky"));

        // The MT error: classified by its MQM category, corrected by an edit.
        const QJsonObject error = byId.value(iri(m_error));
        QCOMPARE(error.value(QLatin1String("motivation")).toString(), QStringLiteral("classifying"));
        const QJsonObject category = bodyWithPurpose(error, QStringLiteral("classifying"));
        QCOMPARE(category.value(QLatin1String("value")).toString(), QStringLiteral("Fluency/Spelling"));
        QCOMPARE(category.value(QLatin1String("marginalia:severity")).toString(), QStringLiteral("major"));
        QCOMPARE(bodyWithPurpose(error, QStringLiteral("editing")).value(QLatin1String("value")).toString(),
                 QStringLiteral("ministre"));
        QCOMPARE(bodyWithPurpose(error, QStringLiteral("commenting")).value(QLatin1String("value")).toString(),
                 QStringLiteral("Faute de frappe\nsur deux lignes"));

        QCOMPARE(byId.value(iri(m_highlight)).value(QLatin1String("motivation")).toString(),
                 QStringLiteral("highlighting"));

        // The relation links the claim to the mention.
        const auto relation = std::find_if(all.cbegin(), all.cend(), [](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("motivation")).toString() == QLatin1String("linking");
        });
        QVERIFY(relation != all.cend());
        QCOMPARE(relation->toObject().value(QLatin1String("target")).toString(), iri(m_claim));
        const QJsonArray linkBody = relation->toObject().value(QLatin1String("body")).toArray();
        QCOMPARE(linkBody.first().toString(), iri(m_zelensky));
        QCOMPARE(linkBody.last().toObject().value(QLatin1String("value")).toString(), QStringLiteral("claimed-by"));
    }

    void orphanKeepsOnlyItsQuoteSelector()
    {
        auto highlight = m_store->annotation(m_highlight);
        highlight->orphan = true;
        QVERIFY(m_store->updateAnnotation(*highlight).ok());
        const QString path = exportTo(QStringLiteral("orphan.jsonld"));
        QVERIFY(!path.isEmpty());
        for (const auto &v : items(readJson(path))) {
            const QJsonObject item = v.toObject();
            const bool isOrphan = item.value(QLatin1String("id")).toString() == iri(m_highlight);
            QCOMPARE(selectorOfType(item, QStringLiteral("TextPositionSelector")).isEmpty(),
                     isOrphan || item.value(QLatin1String("motivation")) == QLatin1String("linking")
                         || item.value(QLatin1String("motivation")) == QLatin1String("commenting"));
        }
    }

    // Exporting the claims alone leaves out the mention that makes one of
    // them: the report says so instead of pointing at a missing annotation.
    void aClaimantLeftOutIsReportedAsDropped()
    {
        Exchange::ExportOptions options;
        options.labels = {QStringLiteral("Claim")};
        const QString path = m_dir.filePath(QStringLiteral("claims.jsonld"));
        auto report = Exchange::exportProject(*m_store, Exchange::Format::W3c, options, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->annotations, 2);
        QCOMPARE(report->dropped.size(), 1);
        QVERIFY(report->dropped.first().contains(QString::number(m_zelensky)));
        for (const auto &v : items(readJson(path))) {
            const QJsonObject claimant = bodyWithPurpose(v.toObject(), QStringLiteral("describing"));
            QVERIFY(!claimant.value(QLatin1String("source"))
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString()
                         .contains(QStringLiteral("annotation")));
        }
    }

    // The collection is written around its items one at a time: with
    // nothing to write it is still one valid collection, with no page.
    void aProjectWithoutAnnotationsIsAnEmptyCollection()
    {
        auto empty = openProject(m_dir.filePath(QStringLiteral("nothing.marginalia")),
                                 {article(QStringLiteral("Rien à signaler.\n"), QStringLiteral("fr-91"))});
        QVERIFY(empty);
        const QString path = m_dir.filePath(QStringLiteral("empty.jsonld"));
        auto report = Exchange::exportProject(*empty, Exchange::Format::W3c, {}, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->annotations, 0);
        const QJsonObject collection = readJson(path);
        QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QLatin1String("total")).toInt(-1), 0);
        QVERIFY(!collection.contains(QLatin1String("first")));
        QVERIFY(!collection.contains(QLatin1String("last")));
    }

    void exportErrorsNameThePathAndWriteNothing()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken.jsonld")));
        auto report = Exchange::exportProject(*m_store, Exchange::Format::W3c, {},
                                              m_dir.filePath(QStringLiteral("taken.jsonld")));
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("taken.jsonld")));
        Exchange::ExportOptions options;
        options.documents = {QStringLiteral("fr-99")};
        const QString never = m_dir.filePath(QStringLiteral("never.jsonld"));
        QVERIFY(!Exchange::exportProject(*m_store, Exchange::Format::W3c, options, never).ok());
        QVERIFY(!QFile::exists(never));
    }

    // Export, then import into a second project holding the same article:
    // every annotation comes back with the same span and details.
    void roundTripRestoresEveryAnnotationKind()
    {
        const QString path = exportTo(QStringLiteral("round.jsonld"));
        QVERIFY(!path.isEmpty());
        auto second = openProject(m_dir.filePath(QStringLiteral("second.marginalia")), {article(ArticleText)});
        QVERIFY(second);
        auto batch = Exchange::W3cImport::read(*second, {path});
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.join(u'\n')));
        QCOMPARE(batch->articles.size(), 1);
        const Exchange::ImportedArticle &imported = batch->articles.first();
        QCOMPARE(imported.article.text, ArticleText);
        QCOMPARE(imported.notes, QStringList{QStringLiteral("Relu une fois.")});

        auto originals = m_store->annotations(m_article);
        QCOMPARE(imported.annotations.size(), originals->size());
        auto notes = m_store->notes(m_article);
        const auto labels = m_store->labels();
        for (const Annotation &original : *originals) {
            const Exchange::ImportedAnnotation *a = importedWithKey(imported, iri(original.id));
            QVERIFY2(a, qPrintable(original.quote));
            const Label label = *std::find_if(labels->cbegin(), labels->cend(),
                                              [&](const Label &l) { return l.id == original.labelId; });
            QCOMPARE(a->label, label.name);
            QCOMPARE(a->kind, label.kind);
            QCOMPARE(a->start, original.start);
            QCOMPARE(a->end, original.end);
            QCOMPARE(a->author, original.author);
            QCOMPARE(a->created.toMSecsSinceEpoch(), original.created.toMSecsSinceEpoch());
            QCOMPARE(a->modified.toMSecsSinceEpoch(), original.modified.toMSecsSinceEpoch());
            QCOMPARE(a->mtError, original.mtError);
            QStringList expectedNotes;
            for (const Note &n : *notes) {
                if (n.annotationId == original.id)
                    expectedNotes << n.text;
            }
            QCOMPARE(a->notes, expectedNotes);
            if (original.entityId != 0) {
                const Entity entity = *m_store->entity(original.entityId);
                const Exchange::ImportedEntity *e = entityWithKey(*batch, a->entityKey);
                QVERIFY(e);
                QCOMPARE(e->name, entity.name);
                QCOMPARE(e->wikidata, entity.wikidata);
                QCOMPARE(e->aliases, entity.aliases);
                QCOMPARE(e->url, entity.url);
                QCOMPARE(e->label, label.name);
            } else {
                QVERIFY(a->entityKey.isEmpty());
            }
            QCOMPARE(a->claim.has_value(), original.claim.has_value());
            if (original.claim) {
                Claim expected = *original.claim;
                expected.claimantMention = 0; // the batch names claimants by key
                expected.claimantEntity = 0;
                QCOMPARE(*a->claim, expected);
                QCOMPARE(a->claimantKey,
                         original.claim->claimantMention ? iri(original.claim->claimantMention) : QString());
                if (original.claim->claimantEntity) {
                    const Exchange::ImportedEntity *e = entityWithKey(*batch, a->claimantEntityKey);
                    QVERIFY(e);
                    QCOMPARE(e->name, m_store->entity(original.claim->claimantEntity)->name);
                    QCOMPARE(e->label, QStringLiteral("Person"));
                } else {
                    QVERIFY(a->claimantEntityKey.isEmpty());
                }
            }
        }
        QCOMPARE(imported.relations.size(), 1);
        QCOMPARE(imported.relations.first().kind, QStringLiteral("claimed-by"));
        QCOMPARE(imported.relations.first().sourceKey, iri(m_claim));
        QCOMPARE(imported.relations.first().targetKey, iri(m_zelensky));
    }

    // End to end: importFiles() writes the batch into a second project
    // holding the same article, and the store then holds what the first did.
    void importFilesWritesTheAnnotationsIntoTheProject()
    {
        const QString path = exportTo(QStringLiteral("e2e.jsonld"));
        QVERIFY(!path.isEmpty());
        auto second = openProject(m_dir.filePath(QStringLiteral("e2e.marginalia")), {article(ArticleText)});
        QVERIFY(second);
        QVERIFY(Exchange::info(Exchange::Format::W3c).importable);
        auto report = Exchange::importFiles(*second, Exchange::Format::W3c, {path});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->articlesMatched, 1);
        QCOMPARE(report->articlesAdded, 0);
        QCOMPARE(report->annotations, 6);
        QVERIFY(report->problems.isEmpty());

        const qint64 article = second->articles()->first().id;
        const auto originals = m_store->annotations(m_article);
        const auto copies = second->annotations(article);
        QCOMPARE(copies->size(), originals->size());
        const auto labels = m_store->labels();
        const auto secondLabels = second->labels();
        auto labelName = [](const QList<Label> &all, qint64 id) {
            const auto at = std::find_if(all.cbegin(), all.cend(), [id](const Label &l) { return l.id == id; });
            return at == all.cend() ? QString() : at->name;
        };
        QHash<qint64, qint64> copyOf; // original id -> copy id
        for (const Annotation &original : *originals) {
            const auto copy = std::find_if(copies->cbegin(), copies->cend(), [&](const Annotation &c) {
                return c.start == original.start && c.end == original.end;
            });
            QVERIFY2(copy != copies->cend(), qPrintable(original.quote));
            copyOf.insert(original.id, copy->id);
            QCOMPARE(labelName(*secondLabels, copy->labelId), labelName(*labels, original.labelId));
            QCOMPARE(copy->quote, original.quote);
            QCOMPARE(copy->prefix, original.prefix);
            QCOMPARE(copy->suffix, original.suffix);
            QCOMPARE(copy->author, original.author);
            QCOMPARE(copy->created.toMSecsSinceEpoch(), original.created.toMSecsSinceEpoch());
            QCOMPARE(copy->mtError, original.mtError);
            QCOMPARE(copy->entityId != 0, original.entityId != 0);
            if (original.entityId) {
                const Entity before = *m_store->entity(original.entityId);
                const Entity after = *second->entity(copy->entityId);
                QCOMPARE(after.name, before.name);
                QCOMPARE(after.wikidata, before.wikidata);
                QCOMPARE(after.aliases, before.aliases);
                QCOMPARE(after.url, before.url);
            }
            QCOMPARE(copy->claim.has_value(), original.claim.has_value());
        }
        for (const Annotation &original : *originals) {
            if (!original.claim)
                continue;
            const Annotation copy = *second->annotation(copyOf.value(original.id));
            QCOMPARE(copy.claim->verdict, original.claim->verdict);
            QCOMPARE(copy.claim->rating, original.claim->rating);
            QCOMPARE(copy.claim->evidence, original.claim->evidence);
            QCOMPARE(copy.claim->claimantMention, copyOf.value(original.claim->claimantMention, 0));
            if (original.claim->claimantEntity)
                QCOMPARE(second->entity(copy.claim->claimantEntity)->name,
                         m_store->entity(original.claim->claimantEntity)->name);
        }
        QStringList noteTexts;
        const auto notes = second->notes(article);
        for (const Note &n : *notes)
            noteTexts << n.text + (n.annotationId == copyOf.value(m_error) ? QStringLiteral(" @error") : QString());
        noteTexts.sort();
        QCOMPARE(
            noteTexts,
            (QStringList{QStringLiteral("Faute de frappe\nsur deux lignes @error"), QStringLiteral("Relu une fois.")}));
        const auto relations = second->relations(article);
        QCOMPARE(relations->size(), 1);
        QCOMPARE(relations->first().kind, QStringLiteral("claimed-by"));
        QCOMPARE(relations->first().sourceId, copyOf.value(m_claim));
        QCOMPARE(relations->first().targetId, copyOf.value(m_zelensky));
    }

    // A new version of the article (same document id, a paragraph added in
    // front): positions no longer hold, the quotes place the annotations.
    void importReanchorsOnAChangedArticleByQuote()
    {
        const QString path = exportTo(QStringLiteral("changed.jsonld"));
        QVERIFY(!path.isEmpty());
        const QString added = QStringLiteral("Mise à jour du 2 mars : précisions ajoutées.\n\n");
        const QString changed = added + ArticleText;
        auto second = openProject(m_dir.filePath(QStringLiteral("changed.marginalia")),
                                  {article(changed, QStringLiteral("fr-90"))});
        QVERIFY(second);
        auto batch = Exchange::W3cImport::read(*second, {path});
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.join(u'\n')));
        QCOMPARE(batch->articles.size(), 1);
        QCOMPARE(batch->articles.first().article.text, changed);
        const qint64 shift = added.toUcs4().size();
        const QList<uint> codePoints = changed.toUcs4();
        const auto originals = m_store->annotations(m_article);
        for (const Annotation &original : *originals) {
            const Exchange::ImportedAnnotation *a = importedWithKey(batch->articles.first(), iri(original.id));
            QVERIFY(a);
            QCOMPARE(a->start, original.start + shift);
            QCOMPARE(a->end, original.end + shift);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + a->start,
                                       a->end - a->start),
                     original.quote);
        }
    }

    // Anything that cannot be read or placed is one line naming the file
    // and the annotation; the rest of the file still comes in.
    void importReportsWhatItCannotPlace()
    {
        const QString sha = QStringLiteral("urn:sha256:") + m_sha;
        const auto annotation = locationAnnotation;
        const auto quote = quoteSelector;
        const auto position = positionSelector;
        const QJsonArray list{
            annotation(QStringLiteral("urn:x:good"), quote(QStringLiteral("Kyiv")), sha),
            annotation(QStringLiteral("urn:x:unknown"), quote(QStringLiteral("Kyiv")),
                       QStringLiteral("urn:sha256:") + QString(64, u'0')),
            annotation(QStringLiteral("urn:x:absent"), quote(QStringLiteral("Odessa")), sha),
            annotation(QStringLiteral("urn:x:past"), position(500, 510), sha),
            annotation(QStringLiteral("urn:x:svg"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("SvgSelector")},
                                   {QStringLiteral("value"), QStringLiteral("<svg/>")}},
                       sha),
            annotation(QStringLiteral("urn:x:fragment"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("FragmentSelector")},
                                   {QStringLiteral("value"), QStringLiteral("para1")},
                                   {QStringLiteral("refinedBy"), position(0, 2)}},
                       sha),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Annotation")},
                        {QStringLiteral("id"), QStringLiteral("urn:x:aimless")}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}},
        };
        const QString path = m_dir.filePath(QStringLiteral("mixed.jsonld"));
        QVERIFY(writeJson(path, list));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.jsonld"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": \"Annotation\", ");
        file.close();

        auto batch =
            Exchange::W3cImport::read(*m_store, {path, garbage, m_dir.filePath(QStringLiteral("missing.jsonld"))});
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        const QStringList &problems = batch->problems;
        QCOMPARE(problems.size(), 9);
        auto has = [&](const QString &start, const QString &words) {
            return std::any_of(problems.cbegin(), problems.cend(),
                               [&](const QString &p) { return p.startsWith(start) && p.contains(words); });
        };
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:unknown: "), QStringLiteral("not an article")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:absent: "), QStringLiteral("“Odessa”")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:past: "), QStringLiteral("past the end")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:svg: "), QStringLiteral("SvgSelector")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:fragment: "), QStringLiteral("fragment")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: annotation urn:x:aimless: "), QStringLiteral("no target")));
        QVERIFY(has(QStringLiteral("mixed.jsonld: "), QStringLiteral("not an Annotation")));
        QVERIFY(has(QStringLiteral("garbage.jsonld: "), QStringLiteral("not JSON")));
        QVERIFY(has(QStringLiteral("missing.jsonld: "), QStringLiteral("cannot read")));

        QCOMPARE(batch->articles.size(), 1);
        QCOMPARE(batch->articles.first().annotations.size(), 1);
        const Exchange::ImportedAnnotation &good = batch->articles.first().annotations.first();
        QCOMPARE(good.label, QStringLiteral("Location"));
        QCOMPARE(good.start, codePoint(QStringLiteral("Kyiv")));
        QCOMPARE(good.end, good.start + 4);
    }

    // A single Annotation and an AnnotationPage are read as well as a
    // collection; a position whose text differs from the quote yields to
    // the quote.
    // RFC 5147 character fragments (what the W3C model names for plain
    // text) and RangeSelectors (from the start of one selection to the
    // start of another) are placed; a line fragment is reported.
    void importPlacesRfc5147FragmentsAndRanges()
    {
        const QString sha = QStringLiteral("urn:sha256:") + m_sha;
        const qint64 kyiv = codePoint(QStringLiteral("Kyiv"));
        const qint64 kowalczyk = codePoint(QStringLiteral("Kowalczyk"));
        const qint64 un = codePoint(QStringLiteral("Un passage"));
        const QJsonArray list{
            locationAnnotation(QStringLiteral("urn:x:char"),
                               rfc5147Selector(QStringLiteral("char=%1,%2;length=123").arg(kyiv).arg(kyiv + 4)), sha),
            locationAnnotation(QStringLiteral("urn:x:refined"),
                               rfc5147Selector(QStringLiteral("char=%1,%2").arg(kowalczyk).arg(un),
                                               positionSelector(kyiv - kowalczyk, kyiv - kowalczyk + 4)),
                               sha),
            locationAnnotation(
                QStringLiteral("urn:x:range-quotes"),
                rangeSelector(quoteSelector(QStringLiteral("Kowalczyk")), quoteSelector(QStringLiteral(", le"))), sha),
            locationAnnotation(QStringLiteral("urn:x:range-positions"),
                               rangeSelector(positionSelector(kyiv, kyiv + 1), positionSelector(kyiv + 4, kyiv + 5)),
                               sha),
            locationAnnotation(QStringLiteral("urn:x:lines"), rfc5147Selector(QStringLiteral("line=1,2")), sha),
            locationAnnotation(
                QStringLiteral("urn:x:backwards"),
                rangeSelector(quoteSelector(QStringLiteral("Kyiv")), quoteSelector(QStringLiteral("Kowalczyk"))), sha),
        };
        const QString path = m_dir.filePath(QStringLiteral("fragments.jsonld"));
        QVERIFY(writeJson(path, list));
        auto batch = Exchange::W3cImport::read(*m_store, {path});
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        const QStringList &problems = batch->problems;
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems[0].contains(QLatin1String("urn:x:lines")) && problems[0].contains(QLatin1String("line=1,2")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QLatin1String("urn:x:backwards")) && problems[1].contains(QLatin1String("ends")),
                 qPrintable(problems[1]));
        QCOMPARE(batch->articles.size(), 1);
        const auto &placed = batch->articles.first().annotations;
        QCOMPARE(placed.size(), 4);
        const QList<std::pair<qint64, qint64>> expected{
            {kyiv, kyiv + 4}, {kyiv, kyiv + 4}, {kowalczyk, kowalczyk + 9}, {kyiv, kyiv + 4}};
        for (qsizetype i = 0; i < placed.size(); ++i) {
            QCOMPARE(placed[i].start, expected[i].first);
            QCOMPARE(placed[i].end, expected[i].second);
        }
    }

    void importReadsSingleAnnotationsAndPages()
    {
        const QJsonObject single{
            {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("id"), QStringLiteral("urn:x:one")},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("highlighting")},
            {QStringLiteral("creator"), QStringLiteral("https://example.org/user/7")},
            {QStringLiteral("bodyValue"), QStringLiteral("à revoir")},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("https://example.org/other")},
                                      {QStringLiteral("marginalia:documentId"), QStringLiteral("fr-90")}}},
                         {QStringLiteral("selector"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                                 {QStringLiteral("start"), 0},
                                                 {QStringLiteral("end"), 4}},
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                                 {QStringLiteral("exact"), QStringLiteral("Kyiv")},
                                                 {QStringLiteral("prefix"), QStringLiteral("répondu à ")}}}}}},
        };
        const QString one = m_dir.filePath(QStringLiteral("one.jsonld"));
        QVERIFY(writeJson(one, single));
        QJsonObject relabelled = single;
        relabelled.insert(QStringLiteral("id"), QStringLiteral("urn:x:two"));
        const QJsonObject page{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                               {QStringLiteral("items"), QJsonArray{relabelled}}};
        const QString paged = m_dir.filePath(QStringLiteral("page.jsonld"));
        QVERIFY(writeJson(paged, page));

        auto batch = Exchange::W3cImport::read(*m_store, {one, paged});
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QVERIFY2(batch->problems.isEmpty(), qPrintable(batch->problems.join(u'\n')));
        QCOMPARE(batch->articles.size(), 1); // both files name the same article
        const auto &annotations = batch->articles.first().annotations;
        QCOMPARE(annotations.size(), 2);
        for (const Exchange::ImportedAnnotation &a : annotations) {
            QCOMPARE(a.start, codePoint(QStringLiteral("Kyiv")));
            QCOMPARE(a.kind, LabelKind::Highlight);
            QCOMPARE(a.label, QStringLiteral("Highlight"));
            QCOMPARE(a.author, QStringLiteral("https://example.org/user/7"));
            QCOMPARE(a.notes, QStringList{QStringLiteral("à revoir")});
        }
    }

    // Conformance: the export of a project with every annotation kind
    // passes the W3C suite's MUST assertions and collection definitions,
    // run by python3-jsonschema (draft-04) through tests/support/validate_w3c.py.
    void exportPassesTheW3cSuite()
    {
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("web-annotation"));
        // Debian's python3 first: python3-jsonschema is installed for it by
        // scripts/quickstart.sh, whatever else is first on the PATH.
        const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
            ? QStringLiteral("/usr/bin/python3")
            : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the W3C suite's schemas cannot be run");
        if (QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")}) != 0)
            QSKIP("python3-jsonschema is not installed: the W3C suite's schemas cannot be run");
        const QString suite = TestSupport::evalPath(QStringLiteral("web-annotation"));
        const QString script = QStringLiteral(MARGINALIA_TEST_SUPPORT) + QStringLiteral("/validate_w3c.py");
        auto validate = [&](const QString &path) {
            QProcess process;
            process.start(python, {QStringLiteral("-W"), QStringLiteral("ignore"), script, suite, path});
            process.waitForFinished(120000);
            const QByteArray out = process.readAllStandardOutput();
            return std::pair{process.exitCode(), QJsonDocument::fromJson(out).object()};
        };

        const QString path = exportTo(QStringLiteral("suite.jsonld"));
        QVERIFY(!path.isEmpty());
        const auto [code, summary] = validate(path);
        QVERIFY2(code == 0, QJsonDocument(summary).toJson().constData());
        QCOMPARE(summary.value(QLatin1String("annotations")).toInt(), 8);
        QVERIFY(summary.value(QLatin1String("assertions")).toInt() >= 50);
        qInfo("W3C suite: %d annotations, %d MUST assertions, %d checks passed",
              summary.value(QLatin1String("annotations")).toInt(), summary.value(QLatin1String("assertions")).toInt(),
              summary.value(QLatin1String("checks")).toInt());

        // The check can fail: an annotation without a target, and one with
        // both body and bodyValue, are caught.
        QJsonObject broken = readJson(path);
        QJsonObject page = broken.value(QLatin1String("first")).toObject();
        QJsonArray list = page.value(QLatin1String("items")).toArray();
        QJsonObject first = list.at(0).toObject();
        first.remove(QStringLiteral("target"));
        list[0] = first;
        QJsonObject second = list.at(1).toObject();
        second.insert(QStringLiteral("bodyValue"), QStringLiteral("both"));
        list[1] = second;
        page.insert(QStringLiteral("items"), list);
        broken.insert(QStringLiteral("first"), page);
        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.jsonld"));
        QVERIFY(writeJson(brokenPath, broken));
        const auto [brokenCode, brokenSummary] = validate(brokenPath);
        QCOMPARE(brokenCode, 1);
        const QJsonArray failures = brokenSummary.value(QLatin1String("failures")).toArray();
        QVERIFY(std::any_of(failures.cbegin(), failures.cend(), [](const QJsonValue &f) {
            return f.toString().startsWith(QLatin1String("item 0")) && f.toString().contains(QLatin1String("target"));
        }));
        QVERIFY(std::any_of(failures.cbegin(), failures.cend(), [](const QJsonValue &f) {
            return f.toString().startsWith(QLatin1String("item 1"))
                && f.toString().contains(QLatin1String("notBodyBodyValue"));
        }));
    }

    // Conformance: every sample of the suite that is a single Annotation
    // whose target selects text imports. Each names its document by an
    // address (http://example.org/page1); the test gives the project an
    // article loaded from that address, whose text holds the quote with its
    // context or reaches past the positions. A TextPositionSelector that
    // refines a FragmentSelector (an XPointer into XML) counts from a part
    // of a structured document that plain text does not have: it is
    // refused by design, and the test checks that it says so.
    void suiteSamplesWithTextSelectorsImport()
    {
        MARGINALIA_REQUIRE_EVAL(QStringLiteral("web-annotation/samples/correct"));
        const QDir samples(TestSupport::evalPath(QStringLiteral("web-annotation/samples/correct")));
        int imported = 0;
        int refused = 0;
        for (const QString &name : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString path = samples.filePath(name);
            const QJsonObject sample = readJson(path);
            const QByteArray raw = QJsonDocument(sample).toJson(QJsonDocument::Compact);
            if (sample.value(QLatin1String("type")).toString() != QLatin1String("Annotation")
                || !(raw.contains("\"TextQuoteSelector\"") || raw.contains("\"TextPositionSelector\"")))
                continue;
            const QJsonObject target = sample.value(QLatin1String("target")).toObject();
            const QString source = target.value(QLatin1String("source")).toString();
            QVERIFY2(!source.isEmpty(), qPrintable(name));

            // The first text selector, wherever it is.
            QJsonObject selector = target.value(QLatin1String("selector")).toObject();
            const bool refined = selector.contains(QLatin1String("refinedBy"));
            if (refined)
                selector = selector.value(QLatin1String("refinedBy")).toObject();
            const QString type = selector.value(QLatin1String("type")).toString();
            QString text;
            qint64 start = 0;
            qint64 end = 0;
            if (type == QLatin1String("TextQuoteSelector")) {
                const QString prefix = selector.value(QLatin1String("prefix")).toString();
                const QString exact = selector.value(QLatin1String("exact")).toString();
                text = QStringLiteral("Some text before, then ") + prefix + exact
                    + selector.value(QLatin1String("suffix")).toString() + QStringLiteral(" more text.\n");
                start = text.indexOf(prefix + exact) + prefix.size();
                end = start + exact.size();
            } else {
                end = selector.value(QLatin1String("end")).toInteger();
                start = selector.value(QLatin1String("start")).toInteger();
                for (int i = 0; text.size() <= end; ++i)
                    text += QStringLiteral("word%1 ").arg(i);
            }
            Article a = article(text);
            a.sourcePath = source;
            auto store = openProject(m_dir.filePath(name + QStringLiteral(".marginalia")), {a});
            QVERIFY(store);
            auto batch = Exchange::W3cImport::read(*store, {path});
            QVERIFY2(batch.ok(), qPrintable(batch.error()));

            if (refined && type == QLatin1String("TextPositionSelector")) {
                QCOMPARE(batch->problems.size(), 1);
                QVERIFY2(batch->problems.first().contains(QLatin1String("fragment")),
                         qPrintable(batch->problems.first()));
                ++refused;
                continue;
            }
            QVERIFY2(batch->problems.isEmpty(), qPrintable(name + u' ' + batch->problems.join(u'\n')));
            QCOMPARE(batch->articles.size(), 1);
            QCOMPARE(batch->articles.first().annotations.size(), 1);
            const Exchange::ImportedAnnotation &got = batch->articles.first().annotations.first();
            QCOMPARE(got.key, sample.value(QLatin1String("id")).toString());
            QCOMPARE(got.start, start); // the test's texts are ASCII: code points are UTF-16 units
            QCOMPARE(got.end, end);
            ++imported;
        }
        qInfo("W3C samples: %d imported, %d refused (positions inside a fragment)", imported, refused);
        QCOMPARE(imported, 3); // anno26 (quote), anno27 (position), anno32 (quote refining a fragment)
        QCOMPARE(refused, 1); // anno41
    }
};

QTEST_GUILESS_MAIN(TestW3c)
#include "tst_w3c.moc"
