#include "anchoring.h"

#include "approximatematch.h"
#include "textoffsets.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace Marginalia {

namespace {

using namespace ApproximateMatch;
using CodePoints = QList<uint>;

// Hypothesis places any match within half the quote's length and has no
// score threshold. We would rather orphan than misplace: these decide when a
// place is certain enough (see acceptable()).
// Quote plus context may differ by at most one edit in four.
constexpr double MinScore = 0.75;
// Good enough to stop looking further away from the old position.
constexpr double StrongScore = 0.9;
// A second place scoring this close to the best makes the match ambiguous.
constexpr double AmbiguityMargin = 0.05;
// A quote this long, found nearly verbatim (at most one edit in ten),
// identifies its place even when the context around it was rewritten.
constexpr qsizetype LongQuote = 32;
// So does a quote whose context survives on one side (the text before it was
// cut, or a sentence inserted): quote plus that side must reach StrongScore,
// and the side must be at least this long.
constexpr qsizetype MinSideContext = 16;
// Least similarity of each context side for the text between them to count
// as framed by its context.
constexpr double MinSideScore = 0.5;
// Hypothesis's cap on the error budget; it also bounds edlib's work.
constexpr int MaxErrors = 256;
// Context beyond this adds cost but no certainty.
constexpr qsizetype MaxContext = 64;
// Repeated boilerplate can yield thousands of places; those nearest the old
// position are the ones worth scoring.
constexpr qsizetype MaxCandidates = 1000;
// Code points searched on each side of the old position before the whole text.
constexpr qsizetype SearchMargin = 2048;
// Code points a word may grow by at either end of an approximate match.
constexpr qsizetype MaxWordGrowth = 3;

int maxQuoteErrors(qsizetype length)
{
    // Short quotes get one edit ("le" -> "la"): their context must then
    // carry the match, which MinScore enforces.
    if (length < 2)
        return 0;
    return int(std::clamp<qsizetype>(length / 4, 1, MaxErrors));
}

bool isWordCharacter(uint codePoint)
{
    return QChar::isLetterOrNumber(char32_t(codePoint)) || QChar::isMark(char32_t(codePoint));
}

// The quote with context around it, as one pattern to search for.
struct ContextPattern {
    Pattern pattern;
    qsizetype quoteOffset = 0; // where the quote starts in the pattern
    // A pattern with context on one side pins only that end of the quote.
    // The other end comes from aligning the quote and the other side from
    // there, so that words inserted into the quote are not cut off: the
    // quote and suffix forwards from the start, or the quote and prefix
    // reversed, backwards from the end.
    std::optional<Pattern> completion;
    bool completesForward = true;
};

// Quote and both contexts; then the quote with either side alone, for when
// the other side was rewritten beyond the search's error budget.
std::vector<ContextPattern> contextPatterns(const CodePoints &prefix, const CodePoints &exact, const CodePoints &suffix)
{
    std::vector<ContextPattern> patterns;
    if (prefix.isEmpty() && suffix.isEmpty())
        return patterns;
    if (auto both = Pattern::make(CodePoints(prefix) << exact << suffix))
        patterns.push_back({std::move(*both), prefix.size(), std::nullopt, true});
    if (prefix.isEmpty() || suffix.isEmpty())
        return patterns;
    const CodePoints head = CodePoints(prefix) << exact;
    const std::optional<Pattern> before = Pattern::make(head);
    const std::optional<Pattern> after = Pattern::make(CodePoints(exact) << suffix);
    if (before)
        patterns.push_back({*before, prefix.size(), after, true});
    if (after)
        patterns.push_back({*after, 0, Pattern::make(CodePoints(head.crbegin(), head.crend())), false});
    return patterns;
}

// A selector decoded into code points, with its search patterns built once.
struct Quote {
    CodePoints exact;
    qsizetype prefixLength = 0;
    qsizetype suffixLength = 0;
    std::optional<Pattern> exactPattern;
    std::optional<Pattern> reversedPrefix; // nearest code point first
    std::optional<Pattern> suffix;
    std::vector<ContextPattern> withContext;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype hint = 0; // the old start, clamped to the new text
    bool startsWord = false; // the quote began on a word boundary
    bool endsWord = false;
};

std::optional<Quote> decodeSelector(const TextSelector &selector, qsizetype textLength)
{
    Quote quote;
    quote.exact = selector.exact.toUcs4();
    if (quote.exact.isEmpty() || selector.start < 0 || selector.end <= selector.start
        || selector.end - selector.start != quote.exact.size())
        return std::nullopt;
    CodePoints prefix = selector.prefix.toUcs4();
    prefix = prefix.last(std::min(MaxContext, prefix.size()));
    CodePoints suffix = selector.suffix.toUcs4();
    suffix = suffix.first(std::min(MaxContext, suffix.size()));
    CodePoints reversed(prefix.crbegin(), prefix.crend());
    quote.prefixLength = prefix.size();
    quote.suffixLength = suffix.size();
    quote.exactPattern = Pattern::make(quote.exact);
    quote.reversedPrefix = Pattern::make(reversed);
    quote.suffix = Pattern::make(suffix);
    quote.withContext = contextPatterns(prefix, quote.exact, suffix);
    quote.start = selector.start;
    quote.end = selector.end;
    quote.hint = std::min(quote.start, textLength);
    quote.startsWord = isWordCharacter(quote.exact.first()) && (prefix.isEmpty() || !isWordCharacter(prefix.last()));
    quote.endsWord = isWordCharacter(quote.exact.last()) && (suffix.isEmpty() || !isWordCharacter(suffix.first()));
    return quote;
}

struct Candidate {
    Span span;
    int quoteErrors = 0;
    int prefixErrors = 0;
    int suffixErrors = 0;
    double score = 0.0;
};

double oneSidedScore(const Candidate &candidate, const Quote &quote)
{
    const auto side = [&](int errors, qsizetype length) {
        if (length < MinSideContext)
            return 0.0;
        return 1.0 - double(candidate.quoteErrors + errors) / double(quote.exact.size() + length);
    };
    return std::max(side(candidate.prefixErrors, quote.prefixLength), side(candidate.suffixErrors, quote.suffixLength));
}

// Framed by its context, the quote may have been edited a lot (up to half of
// it) or grown by inserted words, but not both: an insertion next to a
// mangled quote makes its boundaries guesswork.
bool editedInPlace(const Candidate &candidate, const Quote &quote)
{
    const qsizetype length = quote.exact.size();
    const qsizetype grown = std::max<qsizetype>(0, candidate.span.end - candidate.span.start - length);
    // At least half of the quote's code points survive, in order: a lower
    // bound from the edit distance, in which inserted text is free.
    const qsizetype retained = length - candidate.quoteErrors + grown;
    return retained * 2 >= length && candidate.quoteErrors <= std::max(length / 2, grown);
}

// The context on both sides still reads roughly as stored: together at
// least MinScore, and neither side lost (random text scores about 0.3).
bool framed(const Candidate &candidate, const Quote &quote)
{
    if (quote.prefixLength < MinSideContext || quote.suffixLength < MinSideContext)
        return false;
    const double before = 1.0 - double(candidate.prefixErrors) / double(quote.prefixLength);
    const double after = 1.0 - double(candidate.suffixErrors) / double(quote.suffixLength);
    return (before + after) / 2 >= MinScore && std::min(before, after) >= MinSideScore;
}

bool acceptable(const Candidate &candidate, const Quote &quote)
{
    const qsizetype length = quote.exact.size();
    // What lies between both contexts is the annotated text, edited (words
    // inserted into it, letters changed) rather than replaced.
    if (framed(candidate, quote))
        return editedInPlace(candidate, quote);
    if (candidate.quoteErrors > maxQuoteErrors(length))
        return false;
    if (candidate.score >= MinScore)
        return true;
    if (length >= LongQuote && qsizetype(candidate.quoteErrors) * 10 <= length)
        return true;
    return oneSidedScore(candidate, quote) >= StrongScore;
}

// The best-scoring place, if it is acceptable and no other acceptable place
// comes close. The best place being unacceptable means the text there
// changed too much, not that a worse place should be taken instead.
std::optional<Candidate> choose(QList<Candidate> &candidates, const Quote &quote)
{
    const auto distance = [&](const Candidate &c) { return std::abs(c.span.start - quote.hint); };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (distance(a) != distance(b))
            return distance(a) < distance(b);
        return a.span.end - a.span.start < b.span.end - b.span.start;
    });
    if (candidates.isEmpty() || !acceptable(candidates.first(), quote))
        return std::nullopt;
    const Candidate &best = candidates.first();
    const auto other = std::find_if(candidates.cbegin(), candidates.cend(), [&](const Candidate &c) {
        return !overlaps(c.span, best.span) && acceptable(c, quote);
    });
    if (other != candidates.cend() && other->score > best.score - AmbiguityMargin)
        return std::nullopt;
    return best;
}

Placement toPlacement(const Candidate &candidate, const Quote &quote)
{
    AnchorOutcome outcome = AnchorOutcome::Fuzzy;
    if (candidate.quoteErrors == 0) {
        const bool unmoved = candidate.span.start == quote.start && candidate.span.end == quote.end;
        outcome = unmoved ? AnchorOutcome::Position : AnchorOutcome::Exact;
    }
    return {outcome, candidate.span.start, candidate.span.end, candidate.score};
}

class Anchorer final
{
public:
    explicit Anchorer(const QString &text);

    Placement place(const TextSelector &selector) const;

private:
    CodeView slice(qsizetype from, qsizetype to) const
    {
        from = std::clamp<qsizetype>(from, 0, m_text.size());
        to = std::clamp<qsizetype>(to, from, m_text.size());
        return CodeView(m_text.constData() + from, std::size_t(to - from));
    }
    CodeView slice(const Span &span) const { return slice(span.start, span.end); }
    std::string encode(const Pattern &pattern, const Span &range) const;

    Candidate scored(const Quote &quote, const Span &span, int quoteErrors) const;
    Span trimmed(const Quote &quote, Span span) const;
    Span snappedToWords(const Quote &quote, Span span) const;
    void addApproximate(const Quote &quote, const Span &span, QList<Candidate> &candidates) const;
    std::optional<Candidate> atStoredPosition(const Quote &quote) const;
    QList<Span> exactOccurrences(const Quote &quote) const;
    QList<Span> searchRanges(const Quote &quote) const;
    void addContextMatches(const Quote &quote, const Span &range, QList<Candidate> &candidates) const;
    Span completed(const ContextPattern &entry, const Quote &quote, Span span) const;
    void addQuoteMatches(const Quote &quote, const Span &range, const QList<Span> &exact,
                         QList<Candidate> &candidates) const;

    CodePoints m_text;
    // The text's distinct code points, sorted, and each position's index
    // among them: a pattern then encodes any range by table lookup.
    std::vector<uint> m_alphabet;
    std::vector<qint32> m_alphabetIndex;
};

Anchorer::Anchorer(const QString &text)
    : m_text(text.toUcs4())
    , m_alphabet(m_text.cbegin(), m_text.cend())
{
    std::sort(m_alphabet.begin(), m_alphabet.end());
    m_alphabet.erase(std::unique(m_alphabet.begin(), m_alphabet.end()), m_alphabet.end());
    m_alphabetIndex.reserve(m_text.size());
    for (const uint c : m_text)
        m_alphabetIndex.push_back(
            qint32(std::lower_bound(m_alphabet.begin(), m_alphabet.end(), c) - m_alphabet.begin()));
}

// Whole-text searches encode thousands of code points per pattern.
std::string Anchorer::encode(const Pattern &pattern, const Span &range) const
{
    std::vector<char> table(m_alphabet.size());
    std::transform(m_alphabet.begin(), m_alphabet.end(), table.begin(), [&](uint c) { return pattern.symbol(c); });
    std::string out(std::size_t(range.end - range.start), pattern.other());
    for (qsizetype i = range.start; i < range.end; ++i)
        out[std::size_t(i - range.start)] = table[std::size_t(m_alphabetIndex[std::size_t(i)])];
    return out;
}

// Quote and context similarity at `span`: 1 - errors / length over prefix,
// quote and suffix together, so a short quote leans on its context and a
// long one on itself. Each context is read from a window twice its length,
// so that text inserted into it costs its length and no more, as it would
// inside the quote.
Candidate Anchorer::scored(const Quote &quote, const Span &span, int quoteErrors) const
{
    Candidate candidate{span, quoteErrors};
    if (quote.reversedPrefix) {
        const CodeView before = slice(span.start - 2 * quote.prefixLength, span.start);
        const CodePoints reversed(before.rbegin(), before.rend());
        candidate.prefixErrors = leadingDistance(*quote.reversedPrefix, reversed);
    }
    if (quote.suffix) {
        const CodeView after = slice(span.end, span.end + 2 * quote.suffixLength);
        candidate.suffixErrors = leadingDistance(*quote.suffix, after);
    }
    const int errors = candidate.quoteErrors + candidate.prefixErrors + candidate.suffixErrors;
    const qsizetype length = quote.exact.size() + quote.prefixLength + quote.suffixLength;
    candidate.score = std::clamp(1.0 - double(errors) / double(length), 0.0, 1.0);
    return candidate;
}

// An approximate match stops where the quote's characters stop, so letters
// added to its first or last word ("rapide" -> "rapides") fall outside it.
// A quote that covered whole words keeps covering them when a word grew by
// an ending; a longer run means a space was lost, not that the word grew.
Span Anchorer::snappedToWords(const Quote &quote, Span span) const
{
    const qsizetype limit = std::min<qsizetype>(MaxWordGrowth, maxQuoteErrors(quote.exact.size()));
    const auto wordAt = [&](qsizetype i) { return i >= 0 && i < m_text.size() && isWordCharacter(m_text.at(i)); };
    if (quote.startsWord && span.start < span.end) {
        qsizetype start = span.start;
        while (wordAt(start - 1) && span.start - start < limit)
            --start;
        span.start = wordAt(start - 1) ? span.start : start;
    }
    if (quote.endsWord && span.start < span.end) {
        qsizetype end = span.end;
        while (wordAt(end) && end - span.end < limit)
            ++end;
        span.end = wordAt(end) ? span.end : end;
    }
    return span;
}

// Text inserted at a boundary of the quote counts the same whether the span
// takes it in or leaves it to the context, and the alignment's choice is
// arbitrary ("accord chez" for "chez"). Each boundary moves inward over the
// text the span gained to where quote and context errors together are
// fewest, the tighter span winning ties: an insertion next to the annotated
// text does not change it.
Span Anchorer::trimmed(const Quote &quote, Span span) const
{
    const auto errors = [&](const Span &s) {
        const Candidate c = scored(quote, s, globalDistance(*quote.exactPattern, slice(s)));
        return c.quoteErrors + c.prefixErrors + c.suffixErrors;
    };
    const qsizetype length = quote.exact.size();
    int fewest = errors(span);
    for (qsizetype start = span.start + 1; span.end - start >= length; ++start) {
        if (const int e = errors({start, span.end}); e <= fewest) {
            fewest = e;
            span.start = start;
        }
    }
    for (qsizetype end = span.end - 1; end - span.start >= length; --end) {
        if (const int e = errors({span.start, end}); e <= fewest) {
            fewest = e;
            span.end = end;
        }
    }
    return span;
}

void Anchorer::addApproximate(const Quote &quote, const Span &span, QList<Candidate> &candidates) const
{
    const Span snapped = snappedToWords(quote, trimmed(quote, span));
    candidates.append(scored(quote, snapped, globalDistance(*quote.exactPattern, slice(snapped))));
}

std::optional<Candidate> Anchorer::atStoredPosition(const Quote &quote) const
{
    if (quote.end > m_text.size())
        return std::nullopt;
    const CodeView there = slice(quote.start, quote.end);
    if (!std::equal(there.begin(), there.end(), quote.exact.cbegin(), quote.exact.cend()))
        return std::nullopt;
    return scored(quote, {quote.start, quote.end}, 0);
}

QList<Span> Anchorer::exactOccurrences(const Quote &quote) const
{
    QList<Span> found;
    const std::boyer_moore_horspool_searcher searcher(quote.exact.cbegin(), quote.exact.cend());
    auto it = m_text.cbegin();
    while (true) {
        it = std::search(it, m_text.cend(), searcher);
        if (it == m_text.cend())
            break;
        const qsizetype start = it - m_text.cbegin();
        found.append({start, start + quote.exact.size()});
        ++it;
    }
    if (found.size() <= MaxCandidates)
        return found;
    return nearestDistinct(found, quote.hint, MaxCandidates);
}

// Near the old position first, then the whole text.
QList<Span> Anchorer::searchRanges(const Quote &quote) const
{
    const Span whole{0, m_text.size()};
    const Span window{std::max<qsizetype>(0, quote.hint - SearchMargin),
                      std::min(m_text.size(), quote.hint + quote.exact.size() + SearchMargin)};
    if (window.start == whole.start && window.end == whole.end)
        return {whole};
    return {window, whole};
}

// Searches quote and context together, then finds the quote inside each
// match by aligning it: the context is what picks out a short quote among
// its many look-alikes, even when the quote itself was edited.
void Anchorer::addContextMatches(const Quote &quote, const Span &range, QList<Candidate> &candidates) const
{
    if (!quote.exactPattern)
        return;
    for (const ContextPattern &entry : quote.withContext) {
        const Pattern &pattern = entry.pattern;
        const int k = std::min(pattern.size() / 4, MaxErrors);
        const QList<Span> matches = approximateMatches(pattern, encode(pattern, range), k, 2, {});
        for (const Span &match : nearestDistinct(matches, quote.hint - range.start, MaxCandidates)) {
            const qsizetype at = range.start + match.start;
            const CodeView matched = slice(at, range.start + match.end);
            const qsizetype offset = entry.quoteOffset;
            const Span inner =
                alignedSpan(pattern, pattern.encode(matched), Anchoring::Whole, offset, offset + quote.exact.size());
            if (inner.start >= 0 && inner.end >= inner.start)
                addApproximate(quote, completed(entry, quote, {at + inner.start, at + inner.end}), candidates);
        }
    }
}

// The end of the quote that a one-sided pattern left open.
Span Anchorer::completed(const ContextPattern &entry, const Quote &quote, Span span) const
{
    if (!entry.completion)
        return span;
    const Pattern &pattern = *entry.completion;
    const qsizetype reach = pattern.size() * 3 / 2 + MaxWordGrowth;
    const CodeView around =
        entry.completesForward ? slice(span.start, span.start + reach) : slice(span.end - reach, span.end);
    if (around.empty())
        return span;
    const std::string target =
        entry.completesForward ? pattern.encode(around) : pattern.encode(CodePoints(around.rbegin(), around.rend()));
    const qsizetype covered = alignedSpan(pattern, target, Anchoring::Prefix, 0, quote.exact.size()).end;
    if (covered < 0)
        return span;
    if (entry.completesForward)
        span.end = span.start + covered;
    else
        span.start = span.end - covered;
    return span;
}

// The quote alone, for long quotes whose context may have been rewritten.
// Verbatim occurrences are masked: they are candidates already, and edlib
// would otherwise report only them.
void Anchorer::addQuoteMatches(const Quote &quote, const Span &range, const QList<Span> &exact,
                               QList<Candidate> &candidates) const
{
    if (!quote.exactPattern || quote.exact.size() < LongQuote)
        return;
    QList<Span> masked;
    for (const Span &span : exact) {
        if (span.start >= range.start && span.end <= range.end)
            masked.append({span.start - range.start, span.end - range.start});
    }
    const int k = int(std::min<qsizetype>(quote.exact.size() / 10, MaxErrors));
    const QList<Span> matches =
        approximateMatches(*quote.exactPattern, encode(*quote.exactPattern, range), k, 1, masked);
    for (const Span &match : nearestDistinct(matches, quote.hint - range.start, MaxCandidates)) {
        addApproximate(quote, {range.start + match.start, range.start + match.end}, candidates);
    }
}

Placement Anchorer::place(const TextSelector &selector) const
{
    const std::optional<Quote> quote = decodeSelector(selector, m_text.size());
    if (!quote || m_text.isEmpty() || m_text.size() >= std::numeric_limits<int>::max())
        return {};
    if (const auto unmoved = atStoredPosition(*quote); unmoved && unmoved->score >= StrongScore)
        return toPlacement(*unmoved, *quote);

    QList<Candidate> candidates;
    const QList<Span> exact = exactOccurrences(*quote);
    for (const Span &span : exact)
        candidates.append(scored(*quote, span, 0));
    std::optional<Candidate> best = choose(candidates, *quote);
    for (const Span &range : searchRanges(*quote)) {
        if (best && best->score >= StrongScore)
            break;
        addContextMatches(*quote, range, candidates);
        addQuoteMatches(*quote, range, exact, candidates);
        best = choose(candidates, *quote);
    }
    return best ? toPlacement(*best, *quote) : Placement{};
}

} // namespace

QString anchorOutcomeId(AnchorOutcome outcome)
{
    switch (outcome) {
    case AnchorOutcome::Position:
        return QStringLiteral("position");
    case AnchorOutcome::Exact:
        return QStringLiteral("exact");
    case AnchorOutcome::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorOutcome::Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

Result<TextSelector> makeSelector(const QString &text, qint64 start, qint64 end, int context)
{
    const TextOffsets offsets(text);
    const qint64 length = offsets.codePointCount();
    if (start < 0 || end <= start || end > length)
        return makeError(QCoreApplication::translate("Anchoring",
                                                     "The span %1–%2 is not inside the article (%3 "
                                                     "characters).")
                             .arg(start)
                             .arg(end)
                             .arg(length));
    const qint64 before = std::max<qint64>(0, start - std::max(context, 0));
    const qint64 after = std::min<qint64>(length, end + std::max(context, 0));
    const auto slice = [&](qint64 from, qint64 to) {
        const qsizetype at = offsets.toUtf16(from);
        return text.mid(at, offsets.toUtf16(to) - at);
    };
    return TextSelector{start, end, slice(start, end), slice(before, start), slice(end, after)};
}

Placement reanchor(const QString &newText, const TextSelector &selector)
{
    return Anchorer(newText).place(selector);
}

QList<Placement> reanchorAll(const QString &newText, const QList<TextSelector> &selectors)
{
    const Anchorer anchorer(newText);
    QList<Placement> placements;
    placements.reserve(selectors.size());
    for (const TextSelector &selector : selectors)
        placements.append(anchorer.place(selector));
    return placements;
}

} // namespace Marginalia
