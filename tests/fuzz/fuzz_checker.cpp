// libFuzzer target: the whole checker (French Hunspell dictionary and every
// rule) reads any text without crashing, hanging or leaking, and every
// finding is a non-empty range of the article's body whose text is the text
// there.

#include "checker.h"
#include "textoffsets.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<Checker> checker = [] {
        auto created = Checker::create(QStringLiteral("fr"));
        if (!created)
            std::abort(); // no French dictionary: the fuzz test cannot run
        return std::move(*created);
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextOffsets offsets(text);
    const qsizetype body = offsets.codePointCount();
    for (const Finding &f : checker->check(text, body)) {
        if (f.start < 0 || f.end < f.start || f.end > body)
            std::abort();
        const qsizetype from = offsets.toUtf16(f.start);
        if (!f.text.isEmpty() && QStringView(text).mid(from, offsets.toUtf16(f.end) - from) != f.text)
            std::abort();
    }
    return 0;
}
