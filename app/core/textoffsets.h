#pragma once
// Converts between UTF-16 indexes (what QString and QTextDocument use) and
// Unicode code point offsets (what Marginalia stores and exports). Outside the
// text view every offset is a code point offset of the stored article text.

#include <QList>
#include <QString>

namespace Marginalia {

class TextOffsets final
{
public:
    TextOffsets() = default;
    explicit TextOffsets(const QString &text);

    // Number of code points in the text.
    qsizetype codePointCount() const { return m_codePoints; }
    qsizetype utf16Count() const { return m_utf16; }

    // UTF-16 index -> code point offset. An index inside a surrogate pair maps
    // to the code point it belongs to.
    qsizetype toCodePoint(qsizetype utf16Index) const;
    // Code point offset -> UTF-16 index. Offsets past the end clamp to the end.
    qsizetype toUtf16(qsizetype codePoint) const;

    // Convenience for texts that are converted once.
    static qsizetype codePointLength(const QString &text);

private:
    // UTF-16 indexes of the low surrogate of every surrogate pair, ascending.
    QList<qsizetype> m_lowSurrogates;
    qsizetype m_codePoints = 0;
    qsizetype m_utf16 = 0;
};

} // namespace Marginalia
