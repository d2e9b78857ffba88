#include "exchange.h"
#include "trtext.h"

#include "bratexport.h"
#include "bratimport.h"
#include "claimreview.h"
#include "conllexport.h"
#include "conllimport.h"
#include "corrected.h"
#include "csvexport.h"
#include "htmlreport.h"
#include "importbatch.h"
#include "jsonl.h"
#include "mqmtsv.h"
#include "projectstore.h"
#include "w3cexport.h"
#include "w3cimport.h"

#include <QCoreApplication>
#include <QSet>

namespace Marginalia::Exchange {

namespace {

} // namespace

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> all{
        {Format::Jsonl, QStringLiteral("jsonl"),
         ExchangeText::tr("JSON Lines, lossless (a whole project, read back by import)"), QStringLiteral("jsonl"),
         true},
        {Format::Csv, QStringLiteral("csv"), ExchangeText::tr("CSV (one row per annotation)"), QStringLiteral("csv")},
        {Format::W3c, QStringLiteral("w3c"), ExchangeText::tr("W3C Web Annotation (JSON-LD)"), QStringLiteral("jsonld"),
         true},
        {Format::Mqm, QStringLiteral("mqm"), ExchangeText::tr("MQM TSV (WMT layout, with per-article scores)"),
         QStringLiteral("tsv"), true},
        {Format::Brat, QStringLiteral("brat"), ExchangeText::tr("brat standoff (a folder of .txt and .ann)"), QString(),
         true},
        {Format::Conll, QStringLiteral("conll"), ExchangeText::tr("CoNLL-2003 IOB2 (token and entity tag)"),
         QStringLiteral("conll"), true},
        {Format::ClaimReview, QStringLiteral("claimreview"),
         ExchangeText::tr("schema.org ClaimReview (claims with a verdict)"), QStringLiteral("json")},
        {Format::Html, QStringLiteral("html"), ExchangeText::tr("HTML report (printable, self-contained)"),
         QStringLiteral("html")},
        {Format::Corrected, QStringLiteral("corrected"),
         ExchangeText::tr("Corrected text (accepted corrections applied)"), QStringLiteral("txt")},
    };
    return all;
}

std::optional<Format> formatNamed(const QString &name)
{
    for (const FormatInfo &f : formats()) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

const FormatInfo &info(Format format)
{
    for (const FormatInfo &f : formats()) {
        if (f.format == format)
            return f;
    }
    Q_UNREACHABLE();
}

QString fileStem(const StoredArticle &article)
{
    QString stem = article.documentId.isEmpty() ? QStringLiteral("article-%1").arg(article.id) : article.documentId;
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    while (stem.startsWith(u'.'))
        stem[0] = u'_';
    return stem.left(120);
}

const Label *ProjectSnapshot::label(qint64 id) const
{
    const auto at = m_labelIndex.constFind(id);
    return at == m_labelIndex.cend() ? nullptr : &labels.at(*at);
}

const Entity *ProjectSnapshot::entity(qint64 id) const
{
    const auto at = m_entityIndex.constFind(id);
    return at == m_entityIndex.cend() ? nullptr : &entities.at(*at);
}

const Annotation *ProjectSnapshot::annotation(const ArticleBundle &bundle, qint64 id)
{
    for (const Annotation &a : bundle.annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void ProjectSnapshot::index()
{
    m_labelIndex.clear();
    m_entityIndex.clear();
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_labelIndex.insert(labels.at(i).id, i);
    for (qsizetype i = 0; i < entities.size(); ++i)
        m_entityIndex.insert(entities.at(i).id, i);
}

Result<ProjectSnapshot> ProjectSnapshot::read(ProjectStore &store, const ExportOptions &options)
{
    ProjectSnapshot snapshot;
    auto labels = store.labels();
    if (!labels)
        return makeError(labels.error());
    snapshot.labels = *labels;
    auto entities = store.entities();
    if (!entities)
        return makeError(entities.error());
    snapshot.entities = *entities;
    snapshot.index();
    auto equivalences = store.equivalenceKinds();
    if (!equivalences)
        return makeError(equivalences.error());
    snapshot.equivalenceKinds = *equivalences;

    QSet<qint64> wantedLabels;
    for (const QString &name : options.labels) {
        const auto found = std::find_if(snapshot.labels.cbegin(), snapshot.labels.cend(), [&name](const Label &l) {
            return l.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == snapshot.labels.cend())
            return makeError(ExchangeText::tr("The project has no label named “%1”.").arg(name));
        wantedLabels.insert(found->id);
    }

    auto articles = store.articles();
    if (!articles)
        return makeError(articles.error());
    QList<qint64> chosen;
    if (options.documents.isEmpty()) {
        for (const StoredArticle &a : std::as_const(*articles))
            chosen << a.id;
    } else {
        for (const QString &document : options.documents) {
            const auto found = std::find_if(articles->cbegin(), articles->cend(), [&document](const StoredArticle &a) {
                return a.documentId == document || QString::number(a.id) == document;
            });
            if (found == articles->cend())
                return makeError(ExchangeText::tr("The project has no article “%1”.").arg(document));
            if (!chosen.contains(found->id))
                chosen << found->id;
        }
    }

    for (qint64 id : std::as_const(chosen)) {
        ArticleBundle bundle;
        auto article = store.article(id);
        if (!article)
            return makeError(article.error());
        bundle.article = *article;
        auto annotations = store.annotations(id);
        if (!annotations)
            return makeError(annotations.error());
        for (const Annotation &a : std::as_const(*annotations)) {
            if (wantedLabels.isEmpty() || wantedLabels.contains(a.labelId))
                bundle.annotations << a;
        }
        auto notes = store.notes(id);
        if (!notes)
            return makeError(notes.error());
        for (const Note &n : std::as_const(*notes)) {
            // A note on an annotation that is not exported goes with it.
            if (n.annotationId == 0 || annotation(bundle, n.annotationId))
                bundle.notes << n;
        }
        auto relations = store.relations(id);
        if (!relations)
            return makeError(relations.error());
        for (const Relation &r : std::as_const(*relations)) {
            if (annotation(bundle, r.sourceId) && annotation(bundle, r.targetId))
                bundle.relations << r;
        }
        snapshot.articles << bundle;
    }
    return snapshot;
}

Result<ExportReport> exportProject(ProjectStore &store, Format format, const ExportOptions &options,
                                   const QString &outputPath)
{
    auto snapshot = ProjectSnapshot::read(store, options);
    if (!snapshot)
        return makeError(snapshot.error());
    switch (format) {
    case Format::Csv:
        return CsvExport::write(*snapshot, options, outputPath);
    case Format::Brat:
        return BratExport::write(*snapshot, outputPath);
    case Format::Conll:
        return ConllExport::write(*snapshot, outputPath);
    case Format::W3c:
        return W3cExport::write(*snapshot, outputPath);
    case Format::Jsonl:
        return Jsonl::write(*snapshot, outputPath);
    case Format::Mqm:
        return MqmTsv::write(*snapshot, outputPath);
    case Format::ClaimReview:
        return ClaimReviewExport::write(*snapshot, options, outputPath);
    case Format::Html:
        return HtmlReport::write(*snapshot, options, outputPath);
    case Format::Corrected:
        return Corrected::write(*snapshot, outputPath);
    }
    Q_UNREACHABLE();
}

Result<ImportReport> importFiles(ProjectStore &store, Format format, const QStringList &paths, bool partial)
{
    if (paths.isEmpty())
        return makeError(ExchangeText::tr("There is nothing to import: name at least one file."));
    switch (format) {
    case Format::Jsonl:
        return Jsonl::import(store, paths, partial);
    case Format::Mqm:
        return commit(store, MqmTsv::read(paths), partial);
    case Format::W3c: {
        auto batch = W3cImport::read(store, paths);
        if (!batch)
            return makeError(batch.error());
        return commit(store, *batch, partial);
    }
    case Format::Brat:
        return commit(store, BratImport::read(paths), partial);
    case Format::Conll:
        return commit(store, ConllImport::read(paths), partial);
    default:
        break;
    }
    return makeError(ExchangeText::tr("Marginalia cannot import the %1 format.").arg(info(format).name));
}

} // namespace Marginalia::Exchange
