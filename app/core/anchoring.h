#pragma once
// Re-anchoring: finds an annotation's text again after the article text has
// changed. An annotation keeps a W3C-style selector (code point offsets plus
// the quoted text and up to 32 code points of context on each side); this
// module places it in the new text or declares it an orphan. It follows the
// Hypothesis client (stored position, then exact quote ranked by context,
// then approximate match) but refuses weak or ambiguous matches: an orphan
// the user can re-attach is better than a note silently on the wrong words.

#include "annotation.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Marginalia {

struct TextSelector {
    qint64 start = 0; // code points, inclusive
    qint64 end = 0; // code points, exclusive
    QString exact;
    QString prefix;
    QString suffix;
};

enum class AnchorOutcome {
    Position, // the text at the stored offsets still reads `exact`
    Exact, // `exact` found verbatim elsewhere
    Fuzzy, // an approximate match of `exact` in agreeing context
    Orphan, // not found, or not found unambiguously
};

// "position", "exact", "fuzzy", "orphan": for logs and exports.
QString anchorOutcomeId(AnchorOutcome outcome);

struct Placement {
    AnchorOutcome outcome = AnchorOutcome::Orphan;
    qint64 start = -1; // code points of the new text; -1 for an orphan
    qint64 end = -1;
    // Similarity of quote plus context at the placement, 0..1:
    // 1 - edit distance / length, over prefix, quote and suffix together.
    double score = 0.0;
};

// Characters of context kept on each side of the quote.
inline constexpr int SelectorContext = 32;

// The selector of [start, end) in `text`. Fails on an empty or out-of-range
// span.
Result<TextSelector> makeSelector(const QString &text, qint64 start, qint64 end, int context = SelectorContext);

inline TextSelector selectorOf(const Annotation &annotation)
{
    return {annotation.start, annotation.end, annotation.quote, annotation.prefix, annotation.suffix};
}

// Places one selector in `newText`. Never fails: a selector that is
// malformed (empty quote, reversed or negative offsets, offsets that do not
// span the quote) or that cannot be placed with confidence is an orphan.
// Offsets past the end of `newText` are not malformed: the text may have
// shrunk, so the quote is still searched for.
Placement reanchor(const QString &newText, const TextSelector &selector);

// The same for every annotation of one article; converts the text once.
QList<Placement> reanchorAll(const QString &newText, const QList<TextSelector> &selectors);

} // namespace Marginalia
