// libFuzzer target: the brat importer reads any .ann (and .txt) without
// crashing, hanging or leaking, and everything it accepts fits the text.
// The input is the .txt, a NUL byte, then the .ann.

#include "exchange/bratimport.h"
#include "fuzzimport.h"
#include "textoffsets.h"

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    Fuzz::writeInput(QStringLiteral("doc.txt"), split < 0 ? QByteArray() : input.left(split));
    const QString ann = Fuzz::writeInput(QStringLiteral("doc.ann"), split < 0 ? input : input.mid(split + 1));
    const Exchange::ImportBatch batch = Exchange::BratImport::read(QStringList{ann});
    for (const Exchange::ImportedArticle &article : batch.articles) {
        const qint64 length = TextOffsets(article.article.text).codePointCount();
        for (const Exchange::ImportedAnnotation &a : article.annotations) {
            if (a.start < 0 || a.end < a.start || a.end > length)
                std::abort();
        }
    }
    return 0;
}
