#pragma once
// schema.org ClaimReview JSON-LD, the markup fact-checkers publish and
// Google's Fact Check Tools read: one ClaimReview per claim with a verdict
// (a claim not checked yet has no review and is listed as not exported),
// written as a JSON array.
//
//   claimReviewed   the claim's words in the article
//   reviewRating    Rating: ratingValue 1 (false) … 5 (true) with bestRating
//                   5 and worstRating 1, alternateName the fact-checker's own
//                   words (the claim's rating) or the verdict's name; an
//                   unverifiable claim has no ratingValue
//   itemReviewed    Claim: author = the claimant (Person or Organization,
//                   sameAs its Wikidata page), datePublished = the article's
//                   "date" metadata, appearance = the article (NewsArticle:
//                   headline, url from its "url" metadata, inLanguage)
//   author          the reviewer: ExportOptions::reviewer, else the
//                   annotation's author
//   datePublished   the claim's review date, else the day it was last edited
//   url             ExportOptions::reviewUrl + "#" + document + "-" + claim id,
//                   else a urn:marginalia: name
//   citation        the evidence URLs
//
// What a property cannot be filled from is listed in ExportReport::dropped
// ("fr-02 claim 12: no claimant"), so the user knows which reviews Google's
// tools will find incomplete.

#include "exchange.h"

namespace Marginalia::Exchange::ClaimReviewExport {

QString verdictName(Verdict verdict);
Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path);

} // namespace Marginalia::Exchange::ClaimReviewExport
