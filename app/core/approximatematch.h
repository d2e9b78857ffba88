#pragma once
// Approximate matching for re-anchoring, on top of edlib (Myers'
// bit-parallel edit distance). edlib compares bytes, so a Pattern maps code
// points to one-byte symbols; the functions here are the few ways the
// anchoring asks edlib something. Offsets are code point indexes.

#include <QList>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace Marginalia::ApproximateMatch {

using CodeView = std::span<const uint>;

struct Span {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

bool overlaps(const Span &a, const Span &b);

// edlib compares bytes, so code points become one-byte symbols. Only the
// pattern's own code points need distinct symbols: any other code point can
// never match one of them, so they all share one more symbol. Distances are
// unchanged, and a pattern with up to 255 distinct code points can be
// searched in any text, whatever its alphabet.
class Pattern final
{
public:
    static std::optional<Pattern> make(CodeView codePoints)
    {
        std::vector<uint> alphabet(codePoints.begin(), codePoints.end());
        std::sort(alphabet.begin(), alphabet.end());
        alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
        if (codePoints.empty() || alphabet.size() > 255)
            return std::nullopt;
        Pattern pattern;
        pattern.m_alphabet = std::move(alphabet);
        pattern.m_symbols = pattern.encode(codePoints);
        return pattern;
    }

    char symbol(uint codePoint) const
    {
        const auto it = std::lower_bound(m_alphabet.begin(), m_alphabet.end(), codePoint);
        return it != m_alphabet.end() && *it == codePoint ? char(it - m_alphabet.begin()) : other();
    }

    std::string encode(CodeView text) const
    {
        std::string out(text.size(), other());
        std::transform(text.begin(), text.end(), out.begin(), [this](uint c) { return symbol(c); });
        return out;
    }

    const std::string &symbols() const { return m_symbols; }
    int size() const { return int(m_symbols.size()); }
    char other() const { return char(m_alphabet.size()); }

private:
    std::vector<uint> m_alphabet; // sorted; a code point's index is its symbol
    std::string m_symbols;
};

// Edit distance between `pattern` and the beginning of `text`, whatever
// follows in `text` being free: how well a context reads from one point.
int leadingDistance(const Pattern &pattern, CodeView text);
int globalDistance(const Pattern &pattern, CodeView text);

// Every place where `pattern` matches `target` (encoded with the pattern)
// with at most k errors, over up to `rounds` rounds of next-best places,
// `masked` spans excluded.
QList<Span> approximateMatches(const Pattern &pattern, std::string target, int k, int rounds,
                               const QList<Span> &masked);

// Keeps one span of each group of overlapping ones, at most `limit`, those
// nearest `hint` first.
QList<Span> nearestDistinct(QList<Span> spans, qsizetype hint, qsizetype limit);

enum Anchoring {
    Whole, // the pattern against the whole target
    Prefix, // the pattern against the start of the target, the rest free
};
// Aligns `pattern` with `target` and returns where the pattern's [from, to)
// lands in the target ({-1, -1} when it does not).
Span alignedSpan(const Pattern &pattern, const std::string &target, Anchoring anchoring, qsizetype from, qsizetype to);

} // namespace Marginalia::ApproximateMatch
