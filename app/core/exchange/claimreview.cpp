#include "claimreview.h"
#include "trtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Marginalia::Exchange::ClaimReviewExport {

namespace {

std::optional<int> ratingValue(Verdict verdict)
{
    switch (verdict) {
    case Verdict::False:
        return 1;
    case Verdict::MostlyFalse:
        return 2;
    case Verdict::Mixed:
        return 3;
    case Verdict::MostlyTrue:
        return 4;
    case Verdict::True:
        return 5;
    case Verdict::Unverifiable:
    case Verdict::NotChecked:
        break;
    }
    return std::nullopt;
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::True:
        return QStringLiteral("True");
    case Verdict::MostlyTrue:
        return QStringLiteral("Mostly true");
    case Verdict::Mixed:
        return QStringLiteral("Mixed");
    case Verdict::MostlyFalse:
        return QStringLiteral("Mostly false");
    case Verdict::False:
        return QStringLiteral("False");
    case Verdict::Unverifiable:
        return QStringLiteral("Unverifiable");
    case Verdict::NotChecked:
        return QStringLiteral("Not checked");
    }
    return {};
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path)
{
    QJsonArray reviews;
    ExportReport report;
    for (const ArticleBundle &bundle : snapshot.articles) {
        const StoredArticle &article = bundle.article;
        const QString document = article.documentId.isEmpty() ? QString::number(article.id) : article.documentId;
        const QJsonObject metadata = QJsonDocument::fromJson(article.metadata.toUtf8()).object();
        bool counted = false;
        for (const Annotation &a : bundle.annotations) {
            if (!a.claim || a.orphan)
                continue;
            const QString which = ExchangeText::tr("%1 claim %2 (“%3”)").arg(document).arg(a.id).arg(a.quote.left(60));
            if (a.claim->verdict == Verdict::NotChecked) {
                report.dropped << ExchangeText::tr("%1: not checked yet, no review to publish").arg(which);
                continue;
            }
            if (!counted) {
                counted = true;
                ++report.articles;
            }
            ++report.annotations;

            QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                               {QStringLiteral("alternateName"),
                                a.claim->rating.isEmpty() ? verdictName(a.claim->verdict) : a.claim->rating}};
            if (const auto value = ratingValue(a.claim->verdict)) {
                rating.insert(QStringLiteral("ratingValue"), QString::number(*value));
                rating.insert(QStringLiteral("bestRating"), QStringLiteral("5"));
                rating.insert(QStringLiteral("worstRating"), QStringLiteral("1"));
            }

            // The claimant: the entity of the mention, or the entity itself.
            const Entity *claimant = snapshot.entity(a.claim->claimantEntity);
            QString claimantName = claimant ? claimant->name : QString();
            if (!claimant) {
                if (const Annotation *mention = ProjectSnapshot::annotation(bundle, a.claim->claimantMention)) {
                    claimant = snapshot.entity(mention->entityId);
                    claimantName = claimant ? claimant->name : mention->quote;
                }
            }
            QJsonObject claim{{QStringLiteral("@type"), QStringLiteral("Claim")}};
            if (!claimantName.isEmpty()) {
                const Label *type = claimant ? snapshot.label(claimant->labelId) : nullptr;
                const bool person = !type || type->name.compare(QStringLiteral("Person"), Qt::CaseInsensitive) == 0;
                QJsonObject author{
                    {QStringLiteral("@type"), person ? QStringLiteral("Person") : QStringLiteral("Organization")},
                    {QStringLiteral("name"), claimantName}};
                if (claimant && !claimant->wikidata.isEmpty())
                    author.insert(QStringLiteral("sameAs"),
                                  QString(QStringLiteral("https://www.wikidata.org/wiki/") + claimant->wikidata));
                claim.insert(QStringLiteral("author"), author);
            } else {
                report.dropped << ExchangeText::tr("%1: no claimant, the review has no itemReviewed.author").arg(which);
            }
            const QString published = metadata.value(QStringLiteral("date")).toString();
            if (!published.isEmpty())
                claim.insert(QStringLiteral("datePublished"), published);
            else
                report.dropped << ExchangeText::tr(
                                      "%1: the article has no \"date\" metadata, the claim no datePublished")
                                      .arg(which);
            QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                                   {QStringLiteral("headline"), article.title}};
            if (metadata.contains(QStringLiteral("url")))
                appearance.insert(QStringLiteral("url"), metadata.value(QStringLiteral("url")).toString());
            if (!published.isEmpty())
                appearance.insert(QStringLiteral("datePublished"), published);
            if (!article.language.isEmpty())
                appearance.insert(QStringLiteral("inLanguage"), article.language);
            claim.insert(QStringLiteral("appearance"), appearance);

            QJsonObject review{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                               {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                               {QStringLiteral("claimReviewed"), a.quote},
                               {QStringLiteral("reviewRating"), rating},
                               {QStringLiteral("itemReviewed"), claim}};
            const QString reviewer = options.reviewer.isEmpty() ? a.author : options.reviewer;
            if (!reviewer.isEmpty())
                review.insert(QStringLiteral("author"),
                              QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                          {QStringLiteral("name"), reviewer}});
            else
                report.dropped
                    << ExchangeText::tr("%1: no reviewer named (--reviewer), the review has no author").arg(which);
            const QString reviewed = a.claim->reviewed.isEmpty()
                ? (a.modified.isValid() ? a.modified : a.created).toUTC().date().toString(Qt::ISODate)
                : a.claim->reviewed;
            review.insert(QStringLiteral("datePublished"), reviewed);
            const QString anchor = document + u'-' + QString::number(a.id);
            review.insert(QStringLiteral("url"),
                          options.reviewUrl.isEmpty()
                              ? QStringLiteral("urn:marginalia:claim:%1:%2").arg(article.sha256).arg(a.id)
                              : options.reviewUrl + u'#' + anchor);
            QJsonArray citations;
            for (const Evidence &e : a.claim->evidence) {
                if (!e.url.isEmpty())
                    citations.append(e.url);
            }
            if (!citations.isEmpty())
                review.insert(QStringLiteral("citation"), citations);
            reviews.append(review);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(reviews).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace Marginalia::Exchange::ClaimReviewExport
