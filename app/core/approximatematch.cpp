#include "approximatematch.h"

#include <edlib.h>

#include <algorithm>
#include <cstdlib>

namespace Marginalia::ApproximateMatch {

namespace {

// Owns one edlib result.
class Alignment final
{
public:
    Alignment(const std::string &query, const std::string &target, int k, EdlibAlignMode mode, EdlibAlignTask task)
        : m_result(edlibAlign(query.data(), int(query.size()), target.data(), int(target.size()),
                              edlibNewAlignConfig(k, mode, task, nullptr, 0)))
    {
    }
    ~Alignment() { edlibFreeAlignResult(m_result); }
    Alignment(const Alignment &) = delete;
    Alignment &operator=(const Alignment &) = delete;

    bool found() const { return m_result.status == EDLIB_STATUS_OK && m_result.editDistance >= 0; }
    int distance() const { return m_result.editDistance; }

    QList<Span> locations() const
    {
        QList<Span> spans;
        if (!found() || !m_result.startLocations)
            return spans;
        for (int i = 0; i < m_result.numLocations; ++i)
            spans.append({m_result.startLocations[i], qsizetype(m_result.endLocations[i]) + 1});
        return spans;
    }

    std::span<const unsigned char> path() const
    {
        if (!found() || !m_result.alignment)
            return {};
        return {m_result.alignment, std::size_t(m_result.alignmentLength)};
    }

private:
    EdlibAlignResult m_result;
};

void mask(std::string &target, const QList<Span> &spans, char symbol)
{
    for (const Span &span : spans)
        std::fill(target.begin() + span.start, target.begin() + span.end, symbol);
}

// Where query offsets `from` and `to` fall in the target of an edlib path.
// Text inserted right at a boundary stays outside the span.
Span mapThroughPath(std::span<const unsigned char> path, qsizetype from, qsizetype to)
{
    Span mapped{-1, -1};
    qsizetype q = 0;
    qsizetype t = 0;
    for (const unsigned char op : path) {
        const bool consumesQuery = op != EDLIB_EDOP_DELETE; // DELETE: a target-only character
        const bool consumesTarget = op != EDLIB_EDOP_INSERT; // INSERT: a query-only character
        if (consumesQuery && q == from)
            mapped.start = t;
        q += consumesQuery ? 1 : 0;
        t += consumesTarget ? 1 : 0;
        if (consumesQuery && q == to)
            mapped.end = t;
    }
    return mapped;
}

} // namespace

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

// Edit distance between `pattern` and the beginning of `text`, whatever
// follows in `text` being free: how well a context reads from one point.
int leadingDistance(const Pattern &pattern, CodeView text)
{
    if (text.empty())
        return pattern.size();
    const Alignment alignment(pattern.symbols(), pattern.encode(text), -1, EDLIB_MODE_SHW, EDLIB_TASK_DISTANCE);
    return alignment.found() ? alignment.distance() : pattern.size();
}

int globalDistance(const Pattern &pattern, CodeView text)
{
    if (text.empty())
        return pattern.size();
    const Alignment alignment(pattern.symbols(), pattern.encode(text), -1, EDLIB_MODE_NW, EDLIB_TASK_DISTANCE);
    return alignment.found() ? alignment.distance() : std::max<int>(pattern.size(), int(text.size()));
}

// Every place where `pattern` matches `text` with at most k errors. edlib
// reports only the places at the lowest distance, so each further round
// masks what the previous one found to reveal the next-best places: the
// runner-up the ambiguity check needs.
QList<Span> approximateMatches(const Pattern &pattern, std::string target, int k, int rounds, const QList<Span> &masked)
{
    QList<Span> found;
    if (target.empty())
        return found;
    mask(target, masked, pattern.other());
    for (int round = 0; round < rounds; ++round) {
        const Alignment alignment(pattern.symbols(), target, k, EDLIB_MODE_HW, EDLIB_TASK_LOC);
        const QList<Span> spans = alignment.locations();
        if (spans.isEmpty())
            break;
        mask(target, spans, pattern.other());
        found += spans;
    }
    return found;
}

// Keeps one span of each group of overlapping ones, at most `limit`, those
// nearest `hint` first.
QList<Span> nearestDistinct(QList<Span> spans, qsizetype hint, qsizetype limit)
{
    const auto distance = [hint](const Span &s) { return std::abs(s.start - hint); };
    std::stable_sort(spans.begin(), spans.end(),
                     [&](const Span &a, const Span &b) { return distance(a) < distance(b); });
    QList<Span> kept;
    for (const Span &span : spans) {
        if (kept.size() >= limit)
            break;
        if (std::none_of(kept.cbegin(), kept.cend(), [&](const Span &k) { return overlaps(k, span); }))
            kept.append(span);
    }
    return kept;
}

Span alignedSpan(const Pattern &pattern, const std::string &target, Anchoring anchoring, qsizetype from, qsizetype to)
{
    const Alignment alignment(pattern.symbols(), target, -1, anchoring == Whole ? EDLIB_MODE_NW : EDLIB_MODE_SHW,
                              EDLIB_TASK_PATH);
    return mapThroughPath(alignment.path(), from, to);
}

} // namespace Marginalia::ApproximateMatch
