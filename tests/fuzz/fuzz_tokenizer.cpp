// libFuzzer target: the checker's tokenizer splits any text into words in
// order, each a non-empty range of the text that neither starts nor ends
// inside a surrogate pair; and widening any selection to whole words gives
// a range of the text.

#include "tokenizer.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

namespace {

bool splitsAPair(const QString &text, qsizetype at)
{
    return at > 0 && at < text.size() && text.at(at - 1).isHighSurrogate() && text.at(at).isLowSurrogate();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype previousEnd = 0;
    for (const Token &t : Tokenizer::words(text)) {
        if (t.start < previousEnd || t.end <= t.start || t.end > text.size())
            std::abort();
        if (splitsAPair(text, t.start) || splitsAPair(text, t.end))
            std::abort();
        previousEnd = t.end;
    }
    // Selections from the input's own bytes, as a mouse would make them.
    for (size_t i = 0; i + 1 < size && i < 64; i += 2) {
        const qsizetype a = text.isEmpty() ? 0 : qsizetype(data[i]) * text.size() / 255;
        const qsizetype b = text.isEmpty() ? 0 : qsizetype(data[i + 1]) * text.size() / 255;
        const Token snapped = Tokenizer::snapToWords(text, std::min(a, b), std::max(a, b));
        if (snapped.start < 0 || snapped.end < snapped.start || snapped.end > text.size())
            std::abort();
    }
    return 0;
}
