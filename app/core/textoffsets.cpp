#include "textoffsets.h"

#include <algorithm>

namespace Marginalia {

TextOffsets::TextOffsets(const QString &text)
    : m_utf16(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_lowSurrogates.append(i + 1);
            ++i;
        }
    }
    m_codePoints = m_utf16 - m_lowSurrogates.size();
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16);
    // Every low surrogate before the index is a UTF-16 unit that does not
    // start a code point. An index pointing at a low surrogate (the middle of
    // a pair) belongs to the code point its pair starts.
    const auto it = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Index);
    qsizetype codePoint = utf16Index - (it - m_lowSurrogates.cbegin());
    if (it != m_lowSurrogates.cend() && *it == utf16Index)
        --codePoint;
    return codePoint;
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, m_codePoints);
    // The k-th low surrogate (0-based) sits at UTF-16 index s_k; the code
    // point starting just after it has offset s_k - k. Find how many pairs lie
    // entirely before the requested code point.
    qsizetype lo = 0;
    qsizetype hi = m_lowSurrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_lowSurrogates.at(mid) - mid <= codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype TextOffsets::codePointLength(const QString &text)
{
    return TextOffsets(text).codePointCount();
}

} // namespace Marginalia
